-- kei:no-transaction
-- kei db-change, up: copy name into full_name on the existing rows, in batches
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE authors SET full_name = name WHERE full_name IS DISTINCT FROM name;
