-- kei:allow unbatched-write one row, found by its primary key
UPDATE users SET plan = 'pro' WHERE id = 42;
