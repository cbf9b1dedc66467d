-- kei:no-transaction
-- kei db-change, up: copy views into views_kei_new on the existing rows, in batches
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE posts SET views_kei_new = views::bigint WHERE views_kei_new IS DISTINCT FROM views::bigint;
