-- kei:no-transaction
-- kei db-change, up: copy quantity into quantity_kei_new on the existing rows, in batches
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE order_items SET quantity_kei_new = quantity::bigint WHERE quantity_kei_new IS DISTINCT FROM quantity::bigint;
