CREATE TABLE posts_tags (
  post_id bigint NOT NULL,
  tag_id bigint NOT NULL,
  PRIMARY KEY (post_id, tag_id),
  FOREIGN KEY (tag_id) REFERENCES tags (id)
);
