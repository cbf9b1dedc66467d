-- kei:no-transaction
-- kei db-change, up: add unique index uq_users_display_name on users (display_name)
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_users_display_name ON users (display_name);
