-- kei db-change, up: add posts.reviewer_id uuid, kept in step with editor_id by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD COLUMN IF NOT EXISTS reviewer_id uuid;
CREATE OR REPLACE FUNCTION kei_sync_posts_editor_id() RETURNS trigger LANGUAGE plpgsql AS $kei$ BEGIN IF TG_OP = 'INSERT' THEN IF NEW.reviewer_id IS NULL THEN NEW.reviewer_id := NEW.editor_id; ELSE NEW.editor_id := NEW.reviewer_id; END IF; ELSIF NEW.reviewer_id IS DISTINCT FROM OLD.reviewer_id THEN NEW.editor_id := NEW.reviewer_id; ELSE NEW.reviewer_id := NEW.editor_id; END IF; RETURN NEW; END $kei$;
DROP TRIGGER IF EXISTS kei_sync_posts_editor_id ON posts;
CREATE TRIGGER kei_sync_posts_editor_id BEFORE INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION kei_sync_posts_editor_id();
