-- kei db-change, down: make posts.slug NOT NULL through a validated CHECK
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- the rollback: the column may be null again, as before
-- squawk-ignore ban-drop-not-null
ALTER TABLE posts ALTER COLUMN slug DROP NOT NULL;
