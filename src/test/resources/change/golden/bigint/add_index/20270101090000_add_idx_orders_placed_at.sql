-- kei:no-transaction
-- kei db-change, up: add index idx_orders_placed_at on orders (placed_at)
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_placed_at ON orders (placed_at);
