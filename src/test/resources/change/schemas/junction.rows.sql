-- Deterministic rows for junction.sql: 100 posts, 30 tags (a tree), 500 post tags, 300 votes.
INSERT INTO posts (id, title, created_at) OVERRIDING SYSTEM VALUE
SELECT g, 'Post ' || g, timestamptz '2026-01-01 00:00+00' + g * interval '1 hour' FROM generate_series(1, 100) g;
SELECT setval(pg_get_serial_sequence('posts', 'id'), 100);
INSERT INTO tags (id, name, parent_id) OVERRIDING SYSTEM VALUE
SELECT g, 'tag ' || g, CASE WHEN g > 5 THEN g % 5 + 1 END FROM generate_series(1, 30) g;
SELECT setval(pg_get_serial_sequence('tags', 'id'), 30);
INSERT INTO post_tags (post_id, tag_id, tagged_at)
SELECT p, (p + k) % 30 + 1, timestamptz '2026-02-01 00:00+00' + (p * 5 + k) * interval '1 minute'
FROM generate_series(1, 100) p, generate_series(0, 4) k;
INSERT INTO post_tag_votes (tag_id, post_id, voter, up)
SELECT (p + k) % 30 + 1, p, 'voter' || k, k % 2 = 0 FROM generate_series(1, 100) p, generate_series(0, 2) k;
