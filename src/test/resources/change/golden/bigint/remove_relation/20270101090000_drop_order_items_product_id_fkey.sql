-- kei db-change, up: remove relation order_items_product_id_fkey of order_items
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE order_items DROP CONSTRAINT IF EXISTS order_items_product_id_fkey;
