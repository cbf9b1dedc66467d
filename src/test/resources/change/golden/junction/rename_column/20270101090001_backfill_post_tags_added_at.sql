-- kei:no-transaction
-- kei db-change, up: copy tagged_at into added_at on the existing rows, in batches
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE post_tags SET added_at = tagged_at WHERE added_at IS DISTINCT FROM tagged_at;
