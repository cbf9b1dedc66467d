-- kei db-change, down: rename table comments to replies; comments stays as a view over it
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP VIEW IF EXISTS comments;
-- kei:allow renaming-table-or-column the rollback gives the table its name back
-- squawk-ignore renaming-table
ALTER TABLE replies RENAME TO comments;
