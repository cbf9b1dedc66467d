-- kei db-change, down: remove table comments
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
CREATE TABLE comments (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  post_id uuid NOT NULL,
  author_id uuid,
  body text NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT comments_pkey PRIMARY KEY (id)
);
INSERT INTO comments SELECT * FROM kei_saved_comments;
CREATE INDEX comments_post_id_created_at_idx ON public.comments USING btree (post_id, created_at);
ALTER TABLE comments ADD CONSTRAINT comments_author_id_fkey FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE comments ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts(id) ON DELETE CASCADE;
-- squawk-ignore ban-drop-table
DROP TABLE kei_saved_comments;
