-- kei db-change, up: remove index products_sku_key of products (and its UNIQUE constraint products_sku_key)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE products DROP CONSTRAINT IF EXISTS products_sku_key;
