-- kei db-change, up: add authors.full_name text, kept in step with name by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE authors ADD COLUMN IF NOT EXISTS full_name text;
CREATE OR REPLACE FUNCTION kei_sync_authors_name() RETURNS trigger LANGUAGE plpgsql AS $kei$ BEGIN IF TG_OP = 'INSERT' THEN IF NEW.full_name IS NULL THEN NEW.full_name := NEW.name; ELSE NEW.name := NEW.full_name; END IF; ELSIF NEW.full_name IS DISTINCT FROM OLD.full_name THEN NEW.name := NEW.full_name; ELSE NEW.full_name := NEW.name; END IF; RETURN NEW; END $kei$;
DROP TRIGGER IF EXISTS kei_sync_authors_name ON authors;
CREATE TRIGGER kei_sync_authors_name BEFORE INSERT OR UPDATE ON authors FOR EACH ROW EXECUTE FUNCTION kei_sync_authors_name();
