-- kei db-change, down: make posts.token NOT NULL through a validated CHECK
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ALTER COLUMN token DROP NOT NULL;
