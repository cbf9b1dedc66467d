-- kei:no-transaction
-- kei db-change, up: index customers (referred_by) for the foreign key fk_customers_referred_by
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_customers_referred_by ON customers (referred_by);
