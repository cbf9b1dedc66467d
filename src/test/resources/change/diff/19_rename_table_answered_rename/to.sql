CREATE TABLE authors (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text,
  CONSTRAINT authors_pkey PRIMARY KEY (id)
);
CREATE TABLE posts (
  id bigint NOT NULL,
  author_id uuid NOT NULL,
  title varchar(100) NOT NULL,
  body text,
  editor_id uuid,
  CONSTRAINT posts_pkey PRIMARY KEY (id),
  CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors (id),
  CONSTRAINT posts_editor_id_fkey FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE SET NULL
);
CREATE INDEX idx_posts_author_id ON posts (author_id);
CREATE INDEX idx_posts_editor_id ON posts (editor_id);
CREATE TABLE labels (
  id bigint NOT NULL,
  label text NOT NULL,
  CONSTRAINT tags_pkey PRIMARY KEY (id)
);
