-- kei:contract: the application no longer reads or writes post_tag_votes.up
-- kei db-change, up: remove column post_tag_votes.up
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- the values are kept in kei_saved_post_tag_votes_up for the rollback; drop it once the change is final
CREATE TABLE kei_saved_post_tag_votes_up AS SELECT post_id, tag_id, voter, up FROM post_tag_votes;
-- squawk-ignore ban-drop-column
ALTER TABLE post_tag_votes DROP COLUMN IF EXISTS up;
