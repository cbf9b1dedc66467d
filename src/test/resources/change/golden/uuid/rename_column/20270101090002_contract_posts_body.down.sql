-- kei:no-transaction
-- kei db-change, down: drop the trigger and the old body
SET lock_timeout = '2s';
SET statement_timeout = '15min';
ALTER TABLE posts ADD COLUMN IF NOT EXISTS body text;
UPDATE posts SET body = content;
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS content;
