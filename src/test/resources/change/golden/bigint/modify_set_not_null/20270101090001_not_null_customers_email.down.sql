-- kei db-change, down: make customers.email NOT NULL through a validated CHECK
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '1min';
ALTER TABLE customers ALTER COLUMN email DROP NOT NULL;
