-- kei:no-transaction
-- kei db-change, down: remove index orders_customer_id_idx of orders
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON public.orders USING btree (customer_id);
