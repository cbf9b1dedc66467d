-- migrate:up transaction:false
-- Exported by kei-migrate from 20260104000000_backfill_display_name.sql.
-- kei-migrate export: the -- kei:backfill below runs as one UPDATE of the whole table; kei-migrate runs it in primary-key batches.
-- kei-migrate sets these on every migration; this runner does not.
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
-- kei:no-transaction
-- kei:backfill batch 500
UPDATE users SET display_name = split_part(email, '@', 1) WHERE display_name IS NULL;

-- migrate:down
-- kei-migrate sets these on every migration; this runner does not.
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
-- The backfilled names are left in place: they are what the application now shows.
SELECT 1;
