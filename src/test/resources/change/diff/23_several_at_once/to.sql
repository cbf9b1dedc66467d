CREATE TABLE authors (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text,
  bio text,
  CONSTRAINT authors_pkey PRIMARY KEY (id)
);
CREATE TABLE posts (
  id bigint NOT NULL,
  author_id uuid NOT NULL,
  title varchar(150) NOT NULL,
  body text,
  editor_id uuid,
  CONSTRAINT posts_pkey PRIMARY KEY (id),
  CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors (id),
  CONSTRAINT posts_editor_id_fkey FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE SET NULL
);
CREATE INDEX idx_posts_author_id ON posts (author_id);
CREATE INDEX idx_posts_editor_id ON posts (editor_id);
CREATE INDEX idx_posts_title ON posts (title);
CREATE TABLE comments (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  post_id bigint NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT comments_pkey PRIMARY KEY (id),
  CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);
CREATE INDEX idx_comments_post_id ON comments (post_id);
