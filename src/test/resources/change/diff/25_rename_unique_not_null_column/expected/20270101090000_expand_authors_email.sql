-- kei db-change, up: add authors.contact_email text, kept in step with email by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE authors ADD COLUMN IF NOT EXISTS contact_email text;
CREATE OR REPLACE FUNCTION kei_sync_authors_email() RETURNS trigger LANGUAGE plpgsql AS $kei$ BEGIN IF TG_OP = 'INSERT' THEN IF NEW.contact_email IS NULL THEN NEW.contact_email := NEW.email; ELSE NEW.email := NEW.contact_email; END IF; ELSIF NEW.contact_email IS DISTINCT FROM OLD.contact_email THEN NEW.email := NEW.contact_email; ELSE NEW.contact_email := NEW.email; END IF; RETURN NEW; END $kei$;
DROP TRIGGER IF EXISTS kei_sync_authors_email ON authors;
CREATE TRIGGER kei_sync_authors_email BEFORE INSERT OR UPDATE ON authors FOR EACH ROW EXECUTE FUNCTION kei_sync_authors_email();
