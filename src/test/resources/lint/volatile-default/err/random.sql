ALTER TABLE users ADD COLUMN score float8 DEFAULT (random() * 10);
