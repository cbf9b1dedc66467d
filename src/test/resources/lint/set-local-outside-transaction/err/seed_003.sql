-- kei:no-transaction
SET LOCAL lock_timeout = '2s';
BEGIN;
ALTER TABLE orders ADD COLUMN user_id uuid;
COMMIT;
