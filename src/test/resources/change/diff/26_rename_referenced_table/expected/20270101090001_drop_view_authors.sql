-- kei:contract: the application uses writers, no longer authors
-- kei db-change, up: drop the compatibility view authors
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP VIEW IF EXISTS authors;
