-- kei:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS idx_users_email;
