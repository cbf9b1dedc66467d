-- kei:no-transaction
-- kei db-change, down: give contact_email what email has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS authors_contact_email_key;
