-- kei:no-transaction
-- kei db-change, up: copy email into contact_email on the existing rows, in batches
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE authors SET contact_email = email WHERE contact_email IS DISTINCT FROM email;
