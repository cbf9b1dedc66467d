-- kei:no-transaction
-- kei db-change, down: give quantity_kei_new what quantity has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '1min';
ALTER TABLE order_items DROP CONSTRAINT IF EXISTS order_items_quantity_kei_new_check;
