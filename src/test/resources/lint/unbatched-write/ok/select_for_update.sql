SELECT id FROM users WHERE plan = 'free' FOR UPDATE SKIP LOCKED;
INSERT INTO audit (what) VALUES ('UPDATE users SET plan = ''free''');
