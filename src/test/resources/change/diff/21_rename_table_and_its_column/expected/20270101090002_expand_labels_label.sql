-- kei db-change, up: add labels.name text, kept in step with label by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE labels ADD COLUMN IF NOT EXISTS name text;
CREATE OR REPLACE FUNCTION kei_sync_labels_label() RETURNS trigger LANGUAGE plpgsql AS $kei$ BEGIN IF TG_OP = 'INSERT' THEN IF NEW.name IS NULL THEN NEW.name := NEW.label; ELSE NEW.label := NEW.name; END IF; ELSIF NEW.name IS DISTINCT FROM OLD.name THEN NEW.label := NEW.name; ELSE NEW.name := NEW.label; END IF; RETURN NEW; END $kei$;
DROP TRIGGER IF EXISTS kei_sync_labels_label ON labels;
CREATE TRIGGER kei_sync_labels_label BEFORE INSERT OR UPDATE ON labels FOR EACH ROW EXECUTE FUNCTION kei_sync_labels_label();
