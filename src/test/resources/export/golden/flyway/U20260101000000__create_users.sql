-- Exported by kei-migrate from 20260101000000_create_users.down.sql.
-- kei-migrate sets these on every migration; this runner does not.
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
DROP TABLE users;
