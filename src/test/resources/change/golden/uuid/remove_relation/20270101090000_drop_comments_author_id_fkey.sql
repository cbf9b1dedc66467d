-- kei db-change, up: remove relation comments_author_id_fkey of comments
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE comments DROP CONSTRAINT IF EXISTS comments_author_id_fkey;
