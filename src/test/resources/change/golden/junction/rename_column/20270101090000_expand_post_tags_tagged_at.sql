-- kei db-change, up: add post_tags.added_at timestamp with time zone, kept in step with tagged_at by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE post_tags ADD COLUMN IF NOT EXISTS added_at timestamp with time zone;
CREATE OR REPLACE FUNCTION kei_sync_post_tags_tagged_at() RETURNS trigger LANGUAGE plpgsql AS $kei$ BEGIN IF TG_OP = 'INSERT' THEN IF NEW.added_at IS NULL THEN NEW.added_at := NEW.tagged_at; ELSE NEW.tagged_at := NEW.added_at; END IF; ELSIF NEW.added_at IS DISTINCT FROM OLD.added_at THEN NEW.tagged_at := NEW.added_at; ELSE NEW.added_at := NEW.tagged_at; END IF; RETURN NEW; END $kei$;
DROP TRIGGER IF EXISTS kei_sync_post_tags_tagged_at ON post_tags;
CREATE TRIGGER kei_sync_post_tags_tagged_at BEFORE INSERT OR UPDATE ON post_tags FOR EACH ROW EXECUTE FUNCTION kei_sync_post_tags_tagged_at();
