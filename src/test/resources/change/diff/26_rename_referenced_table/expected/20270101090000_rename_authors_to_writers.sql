-- kei db-change, up: rename table authors to writers; authors stays as a view over it
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- kei:allow renaming-table-or-column the view authors keeps the old name working until the contract step
-- squawk-ignore renaming-table
ALTER TABLE authors RENAME TO writers;
CREATE VIEW authors AS SELECT * FROM writers;
