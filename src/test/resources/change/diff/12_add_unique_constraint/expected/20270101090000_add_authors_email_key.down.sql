-- kei:no-transaction
-- kei db-change, down: add unique index authors_email_key on authors (email)
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS authors_email_key;
