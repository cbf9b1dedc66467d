-- Exported by kei-migrate from 20260102000000_index_users_email.down.sql.
-- kei-migrate sets these on every migration; this runner does not.
SET lock_timeout = '2s';
SET statement_timeout = '15min';
-- kei:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;
RESET lock_timeout;
RESET statement_timeout;
