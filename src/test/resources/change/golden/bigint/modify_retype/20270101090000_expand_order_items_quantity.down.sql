-- kei db-change, down: add order_items.quantity_kei_new bigint, kept in step with quantity by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_order_items_quantity ON order_items;
DROP FUNCTION IF EXISTS kei_sync_order_items_quantity();
-- squawk-ignore ban-drop-column
ALTER TABLE order_items DROP COLUMN IF EXISTS quantity_kei_new;
