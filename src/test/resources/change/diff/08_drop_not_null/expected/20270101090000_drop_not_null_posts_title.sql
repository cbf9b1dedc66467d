-- kei db-change, up: let posts.title be null
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- asked for: rows may leave it null from now on
-- squawk-ignore ban-drop-not-null
ALTER TABLE posts ALTER COLUMN title DROP NOT NULL;
