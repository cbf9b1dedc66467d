-- kei db-change, up: remove relation tags_parent_id_fkey of tags
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE tags DROP CONSTRAINT IF EXISTS tags_parent_id_fkey;
