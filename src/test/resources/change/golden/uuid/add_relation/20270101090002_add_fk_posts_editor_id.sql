-- kei db-change, up: add relation fk_posts_editor_id: posts (editor_id) -> users (id) on delete SET NULL, NOT VALID: new and changed rows are checked from now on
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD CONSTRAINT fk_posts_editor_id FOREIGN KEY (editor_id) REFERENCES users (id) ON DELETE SET NULL NOT VALID;
