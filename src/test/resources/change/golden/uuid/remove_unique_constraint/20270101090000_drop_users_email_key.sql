-- kei db-change, up: remove index users_email_key of users (and its UNIQUE constraint users_email_key)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key;
