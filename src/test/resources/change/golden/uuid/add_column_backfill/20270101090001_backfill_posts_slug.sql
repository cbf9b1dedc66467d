-- kei:no-transaction
-- kei db-change, up: fill posts.slug on the existing rows, in batches of 1000
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE posts SET slug = 'untitled' WHERE slug IS NULL;
