-- +goose NO TRANSACTION
-- +goose Up
-- Exported by kei-migrate from 20260102000000_index_users_email.sql.
-- kei-migrate sets these on every migration; this runner does not.
SET lock_timeout = '2s';
SET statement_timeout = '15min';
-- kei:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);
RESET lock_timeout;
RESET statement_timeout;

-- +goose Down
-- kei-migrate sets these on every migration; this runner does not.
SET lock_timeout = '2s';
SET statement_timeout = '15min';
-- kei:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;
RESET lock_timeout;
RESET statement_timeout;
