-- kei:no-transaction
-- kei db-change, up: copy editor_id into reviewer_id on the existing rows, in batches
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE posts SET reviewer_id = editor_id WHERE reviewer_id IS DISTINCT FROM editor_id;
