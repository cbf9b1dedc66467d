-- kei db-change, down: drop the default of users.status (new rows only: no row is touched)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE users ALTER COLUMN status SET DEFAULT 'active'::text;
