-- kei:no-transaction
-- kei db-change, down: remove column users.display_name
SET lock_timeout = '2s';
SET statement_timeout = '15min';
ALTER TABLE users ADD COLUMN IF NOT EXISTS display_name text;
UPDATE users SET display_name = s.display_name FROM kei_saved_users_display_name s WHERE users.id = s.id;
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS kei_saved_users_display_name;
