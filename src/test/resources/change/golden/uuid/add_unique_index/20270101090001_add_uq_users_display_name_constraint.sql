-- kei db-change, up: make the unique index uq_users_display_name the table's UNIQUE constraint
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE users ADD CONSTRAINT uq_users_display_name UNIQUE USING INDEX uq_users_display_name;
