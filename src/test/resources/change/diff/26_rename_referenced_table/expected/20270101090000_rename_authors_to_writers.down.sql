-- kei db-change, down: rename table authors to writers; authors stays as a view over it
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP VIEW IF EXISTS authors;
-- kei:allow renaming-table-or-column the rollback gives the table its name back
-- squawk-ignore renaming-table
ALTER TABLE writers RENAME TO authors;
