-- kei db-change, up: add column posts.slug text not null (nullable first)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD COLUMN IF NOT EXISTS slug text;
