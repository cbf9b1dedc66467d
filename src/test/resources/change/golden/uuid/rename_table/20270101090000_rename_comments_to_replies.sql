-- kei db-change, up: rename table comments to replies; comments stays as a view over it
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- kei:allow renaming-table-or-column the view comments keeps the old name working until the contract step
-- squawk-ignore renaming-table
ALTER TABLE comments RENAME TO replies;
CREATE VIEW comments AS SELECT * FROM replies;
