-- kei db-change, up: make the unique index categories_code_unique the table's UNIQUE constraint
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE categories ADD CONSTRAINT categories_code_unique UNIQUE USING INDEX categories_code_unique;
