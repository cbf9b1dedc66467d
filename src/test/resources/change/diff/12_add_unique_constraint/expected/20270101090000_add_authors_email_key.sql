-- kei:no-transaction
-- kei db-change, up: add unique index authors_email_key on authors (email)
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS authors_email_key ON authors (email);
