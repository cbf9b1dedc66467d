-- kei:no-transaction
ALTER TABLE users ADD COLUMN nickname text;
