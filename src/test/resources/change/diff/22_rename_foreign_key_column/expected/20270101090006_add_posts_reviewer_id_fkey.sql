-- kei db-change, up: add relation posts_reviewer_id_fkey: posts (reviewer_id) -> authors (id) on delete SET NULL, NOT VALID: new and changed rows are checked from now on
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD CONSTRAINT posts_reviewer_id_fkey FOREIGN KEY (reviewer_id) REFERENCES authors (id) ON DELETE SET NULL NOT VALID;
