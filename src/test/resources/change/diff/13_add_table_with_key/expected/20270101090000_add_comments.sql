-- kei db-change, up: add table comments (4 columns)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE TABLE IF NOT EXISTS comments (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  post_id bigint NOT NULL,
  body text NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT comments_pkey PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS idx_comments_post_id ON comments (post_id);
ALTER TABLE comments ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE;
