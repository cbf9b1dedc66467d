-- kei:no-transaction
-- kei db-change, up: copy label into name on the existing rows, in batches
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE labels SET name = label WHERE name IS DISTINCT FROM label;
