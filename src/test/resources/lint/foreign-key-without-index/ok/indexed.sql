CREATE TABLE comments (
  id bigint PRIMARY KEY,
  post_id bigint NOT NULL REFERENCES posts (id)
);
CREATE INDEX idx_comments_post_id ON comments (post_id);
