-- kei db-change, down: make the unique index categories_code_unique the table's UNIQUE constraint
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- the constraint takes its index with it; the previous step's down then finds none
ALTER TABLE categories DROP CONSTRAINT IF EXISTS categories_code_unique;
