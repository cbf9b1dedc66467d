-- kei db-change, down: add column posts.slug text not null (nullable first)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS slug;
