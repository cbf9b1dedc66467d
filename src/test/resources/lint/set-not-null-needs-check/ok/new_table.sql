CREATE TABLE users (id bigint, email text);
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
