-- kei db-change, up: add table labels (2 columns)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE TABLE IF NOT EXISTS labels (
  id bigint NOT NULL,
  label text NOT NULL,
  CONSTRAINT labels_pkey PRIMARY KEY (id)
);
