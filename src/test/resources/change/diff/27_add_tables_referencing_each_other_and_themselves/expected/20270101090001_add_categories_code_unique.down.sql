-- kei:no-transaction
-- kei db-change, down: add unique index categories_code_unique on categories (code)
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS categories_code_unique;
