-- kei db-change, up: add order_items.quantity_kei_new bigint, kept in step with quantity by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE order_items ADD COLUMN IF NOT EXISTS quantity_kei_new bigint;
CREATE OR REPLACE FUNCTION kei_sync_order_items_quantity() RETURNS trigger LANGUAGE plpgsql AS $kei$ BEGIN NEW.quantity_kei_new := NEW.quantity::bigint; RETURN NEW; END $kei$;
DROP TRIGGER IF EXISTS kei_sync_order_items_quantity ON order_items;
CREATE TRIGGER kei_sync_order_items_quantity BEFORE INSERT OR UPDATE OF quantity ON order_items FOR EACH ROW EXECUTE FUNCTION kei_sync_order_items_quantity();
