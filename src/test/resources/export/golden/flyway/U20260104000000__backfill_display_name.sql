-- Exported by kei-migrate from 20260104000000_backfill_display_name.down.sql.
-- kei-migrate sets these on every migration; this runner does not.
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
-- The backfilled names are left in place: they are what the application now shows.
SELECT 1;
