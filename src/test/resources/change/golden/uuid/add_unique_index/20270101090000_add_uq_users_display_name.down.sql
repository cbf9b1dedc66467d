-- kei:no-transaction
-- kei db-change, down: add unique index uq_users_display_name on users (display_name)
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS uq_users_display_name;
