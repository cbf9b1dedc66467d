-- kei db-change, up: add comments.body_kei_new character varying(2000), kept in step with body by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE comments ADD COLUMN IF NOT EXISTS body_kei_new character varying(2000);
CREATE OR REPLACE FUNCTION kei_sync_comments_body() RETURNS trigger LANGUAGE plpgsql AS $kei$ BEGIN NEW.body_kei_new := NEW.body::character varying(2000); RETURN NEW; END $kei$;
DROP TRIGGER IF EXISTS kei_sync_comments_body ON comments;
CREATE TRIGGER kei_sync_comments_body BEFORE INSERT OR UPDATE OF body ON comments FOR EACH ROW EXECUTE FUNCTION kei_sync_comments_body();
