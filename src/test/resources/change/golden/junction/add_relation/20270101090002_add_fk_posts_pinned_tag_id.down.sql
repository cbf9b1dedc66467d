-- kei db-change, down: add relation fk_posts_pinned_tag_id: posts (pinned_tag_id) -> tags (id) on delete SET NULL, NOT VALID: new and changed rows are checked from now on
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts DROP CONSTRAINT IF EXISTS fk_posts_pinned_tag_id;
