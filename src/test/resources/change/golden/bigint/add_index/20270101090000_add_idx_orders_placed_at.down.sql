-- kei:no-transaction
-- kei db-change, down: add index idx_orders_placed_at on orders (placed_at)
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_placed_at;
