-- kei db-change, up: add table post_categories (2 columns)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE TABLE IF NOT EXISTS post_categories (
  post_id bigint NOT NULL,
  category_id bigint NOT NULL,
  CONSTRAINT post_categories_pkey PRIMARY KEY (post_id, category_id)
);
CREATE INDEX IF NOT EXISTS idx_post_categories_category_id ON post_categories (category_id);
ALTER TABLE post_categories ADD CONSTRAINT post_categories_category_id_fkey FOREIGN KEY (category_id) REFERENCES categories (id);
ALTER TABLE post_categories ADD CONSTRAINT post_categories_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE;
