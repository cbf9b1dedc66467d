-- kei:no-transaction
BEGIN;
DROP INDEX CONCURRENTLY idx_users_email;
COMMIT;
