-- kei db-change, down: make authors.name NOT NULL through a validated CHECK
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- the rollback: the column may be null again, as before
-- squawk-ignore ban-drop-not-null
ALTER TABLE authors ALTER COLUMN name DROP NOT NULL;
