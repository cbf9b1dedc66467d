-- kei db-change, down: make the unique index uq_users_display_name the table's UNIQUE constraint
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- the constraint takes its index with it; the previous step's down then finds none
ALTER TABLE users DROP CONSTRAINT IF EXISTS uq_users_display_name;
