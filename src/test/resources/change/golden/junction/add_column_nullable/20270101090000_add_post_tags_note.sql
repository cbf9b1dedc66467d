-- kei db-change, up: add column post_tags.note text
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE post_tags ADD COLUMN IF NOT EXISTS note text;
