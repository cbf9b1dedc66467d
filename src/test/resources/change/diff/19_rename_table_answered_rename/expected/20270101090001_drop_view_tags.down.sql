-- kei db-change, down: drop the compatibility view tags
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE OR REPLACE VIEW tags AS SELECT * FROM labels;
