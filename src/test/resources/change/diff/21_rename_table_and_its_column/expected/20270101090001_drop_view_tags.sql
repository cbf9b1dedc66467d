-- kei:contract: the application uses labels, no longer tags
-- kei db-change, up: drop the compatibility view tags
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP VIEW IF EXISTS tags;
