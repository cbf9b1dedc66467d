-- kei db-change, up: add tags.name_kei_new character varying(20), kept in step with name by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE tags ADD COLUMN IF NOT EXISTS name_kei_new character varying(20);
CREATE OR REPLACE FUNCTION kei_sync_tags_name() RETURNS trigger LANGUAGE plpgsql AS $kei$ BEGIN NEW.name_kei_new := NEW.name::character varying(20); RETURN NEW; END $kei$;
DROP TRIGGER IF EXISTS kei_sync_tags_name ON tags;
CREATE TRIGGER kei_sync_tags_name BEFORE INSERT OR UPDATE OF name ON tags FOR EACH ROW EXECUTE FUNCTION kei_sync_tags_name();
