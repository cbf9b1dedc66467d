-- kei:no-transaction
-- kei:backfill batch 5000
UPDATE users SET plan = 'free' WHERE plan IS NULL;
