-- kei:no-transaction
-- kei db-change, down: remove relation comments_author_id_fkey of comments
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE comments DROP CONSTRAINT IF EXISTS comments_author_id_fkey;
ALTER TABLE comments ADD CONSTRAINT comments_author_id_fkey FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE SET NULL NOT VALID;
SET lock_timeout = '2s';
ALTER TABLE comments VALIDATE CONSTRAINT comments_author_id_fkey;
