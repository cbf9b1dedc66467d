-- kei:no-transaction
BEGIN;
ALTER TABLE users ADD COLUMN email text;
COMMIT;
CREATE INDEX CONCURRENTLY idx_users_email ON users (email);
