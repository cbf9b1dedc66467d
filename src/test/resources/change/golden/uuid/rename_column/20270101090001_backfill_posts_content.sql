-- kei:no-transaction
-- kei db-change, up: copy body into content on the existing rows, in batches
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE posts SET content = body WHERE content IS DISTINCT FROM body;
