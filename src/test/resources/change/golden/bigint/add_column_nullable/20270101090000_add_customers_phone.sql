-- kei db-change, up: add column customers.phone character varying(30)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE customers ADD COLUMN IF NOT EXISTS phone character varying(30);
