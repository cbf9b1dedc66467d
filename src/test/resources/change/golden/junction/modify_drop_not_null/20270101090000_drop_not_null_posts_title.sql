-- kei db-change, up: let posts.title be null
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ALTER COLUMN title DROP NOT NULL;
