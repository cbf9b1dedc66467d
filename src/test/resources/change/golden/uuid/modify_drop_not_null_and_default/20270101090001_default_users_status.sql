-- kei db-change, up: drop the default of users.status (new rows only: no row is touched)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE users ALTER COLUMN status DROP DEFAULT;
