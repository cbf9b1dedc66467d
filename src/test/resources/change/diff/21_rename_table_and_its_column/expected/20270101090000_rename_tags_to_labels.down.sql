-- kei db-change, down: rename table tags to labels; tags stays as a view over it
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP VIEW IF EXISTS tags;
-- kei:allow renaming-table-or-column the rollback gives the table its name back
-- squawk-ignore renaming-table
ALTER TABLE labels RENAME TO tags;
