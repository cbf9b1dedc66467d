-- Tags on posts through a composite-key junction table: post_tags (post_id, tag_id) with the primary key on both
-- and two foreign keys ON DELETE CASCADE, an index for the second key column; a self-referencing foreign key
-- (tags.parent_id, ON DELETE SET NULL); and a composite foreign key onto the junction whose columns run in another
-- order than its primary key (key order is the constraint's, not the table's).
CREATE TABLE posts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tags (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(50) NOT NULL UNIQUE,
    parent_id bigint REFERENCES tags (id) ON DELETE SET NULL
);

CREATE TABLE post_tags (
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag_id bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    tagged_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (post_id, tag_id)
);

CREATE INDEX post_tags_tag_id_idx ON post_tags (tag_id);

CREATE TABLE post_tag_votes (
    tag_id bigint NOT NULL,
    post_id bigint NOT NULL,
    voter text NOT NULL,
    up boolean NOT NULL DEFAULT true,
    PRIMARY KEY (post_id, tag_id, voter),
    CONSTRAINT post_tag_votes_post_tag_fkey FOREIGN KEY (tag_id, post_id)
        REFERENCES post_tags (tag_id, post_id) ON DELETE CASCADE
);
