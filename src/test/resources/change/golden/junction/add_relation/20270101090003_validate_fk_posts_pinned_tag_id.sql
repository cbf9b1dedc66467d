-- kei db-change, up: validate fk_posts_pinned_tag_id: every existing row of posts is checked
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
ALTER TABLE posts VALIDATE CONSTRAINT fk_posts_pinned_tag_id;
