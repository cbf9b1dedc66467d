-- kei db-change, up: remove relation posts_editor_id_fkey of posts
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts DROP CONSTRAINT IF EXISTS posts_editor_id_fkey;
