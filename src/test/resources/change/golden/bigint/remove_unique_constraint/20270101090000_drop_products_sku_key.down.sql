-- kei:no-transaction
-- kei db-change, down: remove index products_sku_key of products (and its UNIQUE constraint products_sku_key)
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS products_sku_key ON products (sku);
ALTER TABLE products DROP CONSTRAINT IF EXISTS products_sku_key;
ALTER TABLE products ADD CONSTRAINT products_sku_key UNIQUE USING INDEX products_sku_key;
