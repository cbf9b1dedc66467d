-- kei:no-transaction
-- kei db-change, down: remove column post_tag_votes.up
SET lock_timeout = '2s';
SET statement_timeout = '15min';
ALTER TABLE post_tag_votes ADD COLUMN IF NOT EXISTS up boolean;
UPDATE post_tag_votes SET up = s.up FROM kei_saved_post_tag_votes_up s WHERE post_tag_votes.post_id = s.post_id AND post_tag_votes.tag_id = s.tag_id AND post_tag_votes.voter = s.voter;
-- run again after a stop, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE post_tag_votes ALTER COLUMN up SET DEFAULT true;
SET lock_timeout = '200ms';
ALTER TABLE post_tag_votes DROP CONSTRAINT IF EXISTS chk_post_tag_votes_up_not_null;
ALTER TABLE post_tag_votes ADD CONSTRAINT chk_post_tag_votes_up_not_null CHECK (up IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE post_tag_votes VALIDATE CONSTRAINT chk_post_tag_votes_up_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE post_tag_votes ALTER COLUMN up SET NOT NULL;
ALTER TABLE post_tag_votes DROP CONSTRAINT IF EXISTS chk_post_tag_votes_up_not_null;
SET lock_timeout = '2s';
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS kei_saved_post_tag_votes_up;
