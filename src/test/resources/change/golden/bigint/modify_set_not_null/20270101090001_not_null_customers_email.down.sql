-- kei db-change, down: make customers.email NOT NULL through a validated CHECK
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- the rollback: the column may be null again, as before
-- squawk-ignore ban-drop-not-null
ALTER TABLE customers ALTER COLUMN email DROP NOT NULL;
