-- kei db-change, up: add table categories (5 columns)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE TABLE IF NOT EXISTS categories (
  id bigint NOT NULL,
  parent_id bigint,
  slug text NOT NULL UNIQUE,
  code text NOT NULL,
  name text NOT NULL,
  CONSTRAINT categories_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX IF NOT EXISTS uq_categories_parent_name ON categories (parent_id, name);
