-- Deterministic rows for uuid.sql: 200 users, 500 posts, 1000 comments (ids from md5, so the same every run).
INSERT INTO users (id, email, display_name, status, created_at)
SELECT md5('u' || g)::uuid, 'user' || g || '@example.com', CASE WHEN g % 3 = 0 THEN NULL ELSE 'User ' || g END,
       CASE WHEN g % 10 = 0 THEN 'suspended' ELSE 'active' END, timestamptz '2026-01-01 00:00+00' + g * interval '1 hour'
FROM generate_series(1, 200) g;
INSERT INTO posts (id, author_id, title, body, published_at)
SELECT md5('p' || g)::uuid, md5('u' || (g % 200 + 1))::uuid, 'Post ' || g, CASE WHEN g % 5 = 0 THEN NULL ELSE 'Body ' || g END,
       CASE WHEN g % 4 = 0 THEN NULL ELSE timestamptz '2026-02-01 00:00+00' + g * interval '1 minute' END
FROM generate_series(1, 500) g;
INSERT INTO comments (id, post_id, author_id, body, created_at)
SELECT md5('c' || g)::uuid, md5('p' || (g % 500 + 1))::uuid, CASE WHEN g % 7 = 0 THEN NULL ELSE md5('u' || (g % 200 + 1))::uuid END,
       'Comment ' || g, timestamptz '2026-03-01 00:00+00' + g * interval '1 second'
FROM generate_series(1, 1000) g;
