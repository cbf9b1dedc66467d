-- kei db-change, up: add posts.views_kei_new bigint, kept in step with views by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD COLUMN IF NOT EXISTS views_kei_new bigint;
CREATE OR REPLACE FUNCTION kei_sync_posts_views() RETURNS trigger LANGUAGE plpgsql AS $kei$ BEGIN NEW.views_kei_new := NEW.views::bigint; RETURN NEW; END $kei$;
DROP TRIGGER IF EXISTS kei_sync_posts_views ON posts;
CREATE TRIGGER kei_sync_posts_views BEFORE INSERT OR UPDATE OF views ON posts FOR EACH ROW EXECUTE FUNCTION kei_sync_posts_views();
