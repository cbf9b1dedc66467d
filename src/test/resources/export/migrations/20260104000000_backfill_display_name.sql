-- kei:no-transaction
-- kei:backfill batch 500
UPDATE users SET display_name = split_part(email, '@', 1) WHERE display_name IS NULL;
