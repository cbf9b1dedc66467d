-- kei:contract: the application no longer reads or writes posts.editor_id
-- kei db-change, up: remove column posts.editor_id
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- the values are kept in kei_saved_posts_editor_id for the rollback; drop it once the change is final
CREATE TABLE kei_saved_posts_editor_id AS SELECT id, editor_id FROM posts;
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS editor_id;
