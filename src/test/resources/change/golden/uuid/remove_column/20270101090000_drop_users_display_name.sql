-- kei:contract: the application no longer reads or writes users.display_name
-- kei db-change, up: remove column users.display_name
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- the values are kept in kei_saved_users_display_name for the rollback; drop it once the change is final
CREATE TABLE kei_saved_users_display_name AS SELECT id, display_name FROM users;
-- squawk-ignore ban-drop-column
ALTER TABLE users DROP COLUMN IF EXISTS display_name;
