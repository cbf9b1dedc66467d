-- kei db-change, down: add relation posts_reviewer_id_fkey: posts (reviewer_id) -> authors (id) on delete SET NULL, NOT VALID: new and changed rows are checked from now on
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts DROP CONSTRAINT IF EXISTS posts_reviewer_id_fkey;
