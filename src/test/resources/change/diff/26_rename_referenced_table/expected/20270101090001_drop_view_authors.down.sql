-- kei db-change, down: drop the compatibility view authors
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE OR REPLACE VIEW authors AS SELECT * FROM writers;
