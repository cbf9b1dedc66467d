-- kei:contract: the application uses replies, no longer comments
-- kei db-change, up: drop the compatibility view comments
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP VIEW IF EXISTS comments;
