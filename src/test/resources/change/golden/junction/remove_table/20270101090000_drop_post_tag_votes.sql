-- kei:contract: the application no longer reads or writes post_tag_votes
-- kei db-change, up: remove table post_tag_votes
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- the rows are kept in kei_saved_post_tag_votes for the rollback; drop it once the change is final
CREATE TABLE kei_saved_post_tag_votes AS TABLE post_tag_votes;
-- squawk-ignore ban-drop-table
DROP TABLE post_tag_votes;
