-- kei db-change, up: add posts.content text, kept in step with body by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD COLUMN IF NOT EXISTS content text;
CREATE OR REPLACE FUNCTION kei_sync_posts_body() RETURNS trigger LANGUAGE plpgsql AS $kei$ BEGIN IF TG_OP = 'INSERT' THEN IF NEW.content IS NULL THEN NEW.content := NEW.body; ELSE NEW.body := NEW.content; END IF; ELSIF NEW.content IS DISTINCT FROM OLD.content THEN NEW.body := NEW.content; ELSE NEW.content := NEW.body; END IF; RETURN NEW; END $kei$;
DROP TRIGGER IF EXISTS kei_sync_posts_body ON posts;
CREATE TRIGGER kei_sync_posts_body BEFORE INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION kei_sync_posts_body();
