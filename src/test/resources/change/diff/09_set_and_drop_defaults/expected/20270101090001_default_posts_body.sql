-- kei db-change, up: set the default of posts.body (new rows only: no row is touched)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ALTER COLUMN body SET DEFAULT ''::text;
