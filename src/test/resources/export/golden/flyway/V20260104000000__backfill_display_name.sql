-- Exported by kei-migrate from 20260104000000_backfill_display_name.sql.
-- kei-migrate export: the -- kei:backfill below runs as one UPDATE of the whole table; kei-migrate runs it in primary-key batches.
-- kei-migrate sets these on every migration; this runner does not.
SET lock_timeout = '2s';
SET statement_timeout = '15min';
-- kei:no-transaction
-- kei:backfill batch 500
UPDATE users SET display_name = split_part(email, '@', 1) WHERE display_name IS NULL;
RESET lock_timeout;
RESET statement_timeout;
