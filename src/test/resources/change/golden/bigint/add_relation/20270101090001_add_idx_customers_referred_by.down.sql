-- kei:no-transaction
-- kei db-change, down: index customers (referred_by) for the foreign key fk_customers_referred_by
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS idx_customers_referred_by;
