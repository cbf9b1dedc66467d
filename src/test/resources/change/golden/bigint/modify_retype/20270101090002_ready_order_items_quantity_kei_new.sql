-- kei:no-transaction
-- kei db-change, up: give quantity_kei_new what quantity has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE order_items DROP CONSTRAINT IF EXISTS chk_order_items_quantity_kei_new_not_null;
ALTER TABLE order_items ADD CONSTRAINT chk_order_items_quantity_kei_new_not_null CHECK (quantity_kei_new IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE order_items VALIDATE CONSTRAINT chk_order_items_quantity_kei_new_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE order_items ALTER COLUMN quantity_kei_new SET NOT NULL;
ALTER TABLE order_items DROP CONSTRAINT IF EXISTS chk_order_items_quantity_kei_new_not_null;
SET lock_timeout = '2s';
SET lock_timeout = '200ms';
ALTER TABLE order_items DROP CONSTRAINT IF EXISTS order_items_quantity_kei_new_check;
ALTER TABLE order_items ADD CONSTRAINT order_items_quantity_kei_new_check CHECK ((quantity_kei_new > 0)) NOT VALID;
SET lock_timeout = '2s';
