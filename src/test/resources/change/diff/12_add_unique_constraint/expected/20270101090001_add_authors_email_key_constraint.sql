-- kei db-change, up: make the unique index authors_email_key the table's UNIQUE constraint
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE authors ADD CONSTRAINT authors_email_key UNIQUE USING INDEX authors_email_key;
