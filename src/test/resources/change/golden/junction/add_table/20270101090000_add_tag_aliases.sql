-- kei db-change, up: add table tag_aliases (2 columns)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE TABLE IF NOT EXISTS tag_aliases (
  tag_id bigint NOT NULL,
  alias text NOT NULL,
  CONSTRAINT tag_aliases_pkey PRIMARY KEY (tag_id, alias)
);
ALTER TABLE tag_aliases ADD CONSTRAINT fk_tag_aliases_tag_id FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE;
