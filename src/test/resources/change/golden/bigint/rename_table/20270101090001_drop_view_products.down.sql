-- kei db-change, down: drop the compatibility view products
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE OR REPLACE VIEW products AS SELECT * FROM catalog_items;
