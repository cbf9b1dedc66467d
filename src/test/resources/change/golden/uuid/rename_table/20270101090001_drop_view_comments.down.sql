-- kei db-change, down: drop the compatibility view comments
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE OR REPLACE VIEW comments AS SELECT * FROM replies;
