ALTER TABLE users RENAME CONSTRAINT users_pk TO users_pkey;
