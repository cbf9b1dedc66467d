-- kei:no-transaction
-- kei db-change, down: remove relation posts_editor_id_fkey of posts
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE posts DROP CONSTRAINT IF EXISTS posts_editor_id_fkey;
ALTER TABLE posts ADD CONSTRAINT posts_editor_id_fkey FOREIGN KEY (editor_id) REFERENCES authors(id) ON DELETE SET NULL NOT VALID;
SET lock_timeout = '2s';
ALTER TABLE posts VALIDATE CONSTRAINT posts_editor_id_fkey;
