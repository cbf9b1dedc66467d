-- kei:no-transaction
-- kei db-change, down: remove relation tags_parent_id_fkey of tags
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE tags DROP CONSTRAINT IF EXISTS tags_parent_id_fkey;
ALTER TABLE tags ADD CONSTRAINT tags_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES tags(id) ON DELETE SET NULL NOT VALID;
SET lock_timeout = '2s';
ALTER TABLE tags VALIDATE CONSTRAINT tags_parent_id_fkey;
