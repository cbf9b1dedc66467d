-- kei:no-transaction
-- kei db-change, up: add unique index categories_code_unique on categories (code)
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS categories_code_unique ON categories (code);
