-- Exported by kei-migrate from 20260103000000_users_touch_function.down.sql.
-- kei-migrate sets these on every migration; this runner does not.
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
DROP TRIGGER users_normalise_email ON users;
DROP FUNCTION users_normalise_email();
