INSERT INTO authors (id, email, name) VALUES
  ('00000000-0000-0000-0000-000000000001', 'ada@example.org', 'Ada'),
  ('00000000-0000-0000-0000-000000000002', 'grace@example.org', 'Grace'),
  ('00000000-0000-0000-0000-000000000003', 'edsger@example.org', NULL);
INSERT INTO posts (id, author_id, title, body, editor_id) VALUES
  (1, '00000000-0000-0000-0000-000000000001', 'Notes', 'On engines', '00000000-0000-0000-0000-000000000002'),
  (2, '00000000-0000-0000-0000-000000000001', 'More notes', NULL, NULL),
  (3, '00000000-0000-0000-0000-000000000002', 'Compilers', 'A-0', '00000000-0000-0000-0000-000000000001'),
  (4, '00000000-0000-0000-0000-000000000002', 'Bugs', 'A moth', NULL),
  (5, '00000000-0000-0000-0000-000000000003', 'Goto', 'Considered harmful', '00000000-0000-0000-0000-000000000001');
INSERT INTO tags (id, label) VALUES (1, 'history'), (2, 'languages'), (3, 'essays');
