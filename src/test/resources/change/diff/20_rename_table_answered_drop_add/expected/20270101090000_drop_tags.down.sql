-- kei db-change, down: remove table tags
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
CREATE TABLE tags (
  id bigint NOT NULL,
  label text NOT NULL,
  CONSTRAINT tags_pkey PRIMARY KEY (id)
);
INSERT INTO tags SELECT * FROM kei_saved_tags;
-- squawk-ignore ban-drop-table
DROP TABLE kei_saved_tags;
