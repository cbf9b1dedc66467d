-- kei db-change, up: add table bookmarks (4 columns)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE TABLE IF NOT EXISTS bookmarks (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  user_id uuid NOT NULL,
  post_id uuid NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT bookmarks_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX IF NOT EXISTS uq_bookmarks_user_id_post_id ON bookmarks (user_id, post_id);
ALTER TABLE bookmarks ADD CONSTRAINT fk_bookmarks_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
CREATE INDEX IF NOT EXISTS idx_bookmarks_post_id ON bookmarks (post_id);
ALTER TABLE bookmarks ADD CONSTRAINT fk_bookmarks_post_id FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE;
