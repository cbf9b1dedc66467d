-- kei db-change, up: add relation posts_editor_id_fkey: posts (editor_id) -> authors (id) on delete SET NULL, NOT VALID: new and changed rows are checked from now on
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD CONSTRAINT posts_editor_id_fkey FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE SET NULL NOT VALID;
