-- kei:contract: the application reads and writes order_items.quantity as bigint
-- kei db-change, up: drop the trigger and the old quantity; quantity_kei_new takes its name
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_order_items_quantity ON order_items;
DROP FUNCTION IF EXISTS kei_sync_order_items_quantity();
-- squawk-ignore ban-drop-column
ALTER TABLE order_items DROP COLUMN quantity;
-- kei:allow renaming-table-or-column the swap's last move, in the transaction that drops the old column: no application sees quantity_kei_new
-- squawk-ignore renaming-column
ALTER TABLE order_items RENAME COLUMN quantity_kei_new TO quantity;
ALTER TABLE order_items RENAME CONSTRAINT order_items_quantity_kei_new_check TO order_items_quantity_check;
