-- kei db-change, down: make posts.body NOT NULL through a validated CHECK
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ALTER COLUMN body DROP NOT NULL;
