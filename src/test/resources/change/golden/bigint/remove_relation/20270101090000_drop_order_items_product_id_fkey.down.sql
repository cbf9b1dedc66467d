-- kei:no-transaction
-- kei db-change, down: remove relation order_items_product_id_fkey of order_items
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE order_items DROP CONSTRAINT IF EXISTS order_items_product_id_fkey;
ALTER TABLE order_items ADD CONSTRAINT order_items_product_id_fkey FOREIGN KEY (product_id) REFERENCES products(id) ON DELETE RESTRICT NOT VALID;
SET lock_timeout = '2s';
ALTER TABLE order_items VALIDATE CONSTRAINT order_items_product_id_fkey;
