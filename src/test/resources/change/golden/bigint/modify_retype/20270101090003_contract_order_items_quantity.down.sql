-- kei:no-transaction
-- kei db-change, down: drop the trigger and the old quantity; quantity_kei_new takes its name
SET lock_timeout = '2s';
SET statement_timeout = '15min';
-- kei:allow renaming-table-or-column the rollback of the swap: the old column comes back under its name
-- squawk-ignore renaming-column, prefer-robust-stmts
ALTER TABLE order_items RENAME COLUMN quantity TO quantity_kei_new;
ALTER TABLE order_items DROP CONSTRAINT IF EXISTS order_items_quantity_check;
ALTER TABLE order_items ADD COLUMN IF NOT EXISTS quantity integer;
UPDATE order_items SET quantity = quantity_kei_new::integer;
SET lock_timeout = '200ms';
ALTER TABLE order_items DROP CONSTRAINT IF EXISTS chk_order_items_quantity_not_null;
ALTER TABLE order_items ADD CONSTRAINT chk_order_items_quantity_not_null CHECK (quantity IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE order_items VALIDATE CONSTRAINT chk_order_items_quantity_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE order_items ALTER COLUMN quantity SET NOT NULL;
ALTER TABLE order_items DROP CONSTRAINT IF EXISTS chk_order_items_quantity_not_null;
SET lock_timeout = '2s';
ALTER TABLE order_items DROP CONSTRAINT IF EXISTS order_items_quantity_check;
ALTER TABLE order_items ADD CONSTRAINT order_items_quantity_check CHECK ((quantity > 0)) NOT VALID;
-- squawk-ignore ban-drop-column
ALTER TABLE order_items DROP COLUMN IF EXISTS quantity_kei_new;
