CREATE TABLE users_new (id bigint);
ALTER TABLE users_new RENAME TO users_draft;
