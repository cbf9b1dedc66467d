-- kei:no-transaction
-- kei db-change, up: remove index orders_customer_id_idx of orders
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx;
