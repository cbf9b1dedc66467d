CREATE TABLE users (id int);
ALTER TABLE users ALTER COLUMN id TYPE bigint;
