-- kei db-change, up: add column posts.editor_id uuid
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD COLUMN IF NOT EXISTS editor_id uuid;
