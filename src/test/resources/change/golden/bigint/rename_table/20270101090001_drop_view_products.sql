-- kei:contract: the application uses catalog_items, no longer products
-- kei db-change, up: drop the compatibility view products
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP VIEW IF EXISTS products;
