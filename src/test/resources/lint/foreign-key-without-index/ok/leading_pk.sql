CREATE TABLE posts_tags (
  post_id bigint NOT NULL,
  tag_id bigint NOT NULL,
  CONSTRAINT posts_tags_pkey PRIMARY KEY (post_id, tag_id),
  CONSTRAINT fk_pt_post FOREIGN KEY (post_id) REFERENCES posts (id),
  CONSTRAINT fk_pt_tag FOREIGN KEY (tag_id) REFERENCES tags (id)
);
CREATE INDEX idx_posts_tags_tag_id ON posts_tags (tag_id);
