-- kei db-change, down: remove table post_tag_votes
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
CREATE TABLE post_tag_votes (
  tag_id bigint NOT NULL,
  post_id bigint NOT NULL,
  voter text NOT NULL,
  up boolean DEFAULT true NOT NULL,
  CONSTRAINT post_tag_votes_pkey PRIMARY KEY (post_id, tag_id, voter)
);
INSERT INTO post_tag_votes SELECT * FROM kei_saved_post_tag_votes;
ALTER TABLE post_tag_votes ADD CONSTRAINT post_tag_votes_post_tag_fkey FOREIGN KEY (tag_id, post_id) REFERENCES post_tags(tag_id, post_id) ON DELETE CASCADE;
-- squawk-ignore ban-drop-table
DROP TABLE kei_saved_post_tag_votes;
