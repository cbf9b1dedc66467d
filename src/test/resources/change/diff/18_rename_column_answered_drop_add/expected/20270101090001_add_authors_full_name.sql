-- kei db-change, up: add column authors.full_name text
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE authors ADD COLUMN IF NOT EXISTS full_name text;
