-- kei:no-transaction
-- kei db-change, up: give contact_email what email has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE authors DROP CONSTRAINT IF EXISTS chk_authors_contact_email_not_null;
ALTER TABLE authors ADD CONSTRAINT chk_authors_contact_email_not_null CHECK (contact_email IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE authors VALIDATE CONSTRAINT chk_authors_contact_email_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE authors ALTER COLUMN contact_email SET NOT NULL;
ALTER TABLE authors DROP CONSTRAINT IF EXISTS chk_authors_contact_email_not_null;
SET lock_timeout = '2s';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS authors_contact_email_key ON authors (contact_email);
