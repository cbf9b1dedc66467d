-- kei-migrate export: its down is marked IRREVERSIBLE; kei-migrate refuses to revert it, so this down fails.
DO $$ BEGIN RAISE EXCEPTION 'migration 20260105000000_drop_users_legacy_code cannot be reverted (its down is marked IRREVERSIBLE)'; END $$;
