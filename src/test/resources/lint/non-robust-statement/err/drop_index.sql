-- kei:no-transaction
DROP INDEX CONCURRENTLY idx_users_email;
