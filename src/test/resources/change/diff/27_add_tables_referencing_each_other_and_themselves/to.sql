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
CREATE TABLE tags (
  id bigint NOT NULL,
  label text NOT NULL,
  CONSTRAINT tags_pkey PRIMARY KEY (id)
);
CREATE TABLE categories (
  id bigint NOT NULL,
  parent_id bigint,
  slug text NOT NULL UNIQUE,
  code text NOT NULL,
  name text NOT NULL,
  CONSTRAINT categories_pkey PRIMARY KEY (id),
  CONSTRAINT categories_code_unique UNIQUE (code),
  CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES categories (id)
);
CREATE UNIQUE INDEX uq_categories_parent_name ON categories (parent_id, name);
CREATE TABLE post_categories (
  post_id bigint NOT NULL,
  category_id bigint NOT NULL,
  CONSTRAINT post_categories_pkey PRIMARY KEY (post_id, category_id),
  CONSTRAINT post_categories_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT post_categories_category_id_fkey FOREIGN KEY (category_id) REFERENCES categories (id)
);
CREATE INDEX idx_post_categories_category_id ON post_categories (category_id);
