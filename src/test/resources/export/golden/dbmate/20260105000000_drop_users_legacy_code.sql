-- migrate:up
-- Exported by kei-migrate from 20260105000000_drop_users_legacy_code.sql.
-- kei-migrate export: contract step. kei-migrate applies it only with up --contract; deploy it only once the application has moved to the new shape.
-- kei-migrate sets these on every migration; this runner does not.
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
-- kei:contract: the application no longer reads legacy_code
ALTER TABLE users DROP COLUMN legacy_code;

-- migrate:down
-- kei-migrate export: its down is marked IRREVERSIBLE; kei-migrate refuses to revert it, so this down fails.
DO $$ BEGIN RAISE EXCEPTION 'migration 20260105000000_drop_users_legacy_code cannot be reverted (its down is marked IRREVERSIBLE)'; END $$;
