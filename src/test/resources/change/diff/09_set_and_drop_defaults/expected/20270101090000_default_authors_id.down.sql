-- kei db-change, down: drop the default of authors.id (new rows only: no row is touched)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE authors ALTER COLUMN id SET DEFAULT gen_random_uuid();
