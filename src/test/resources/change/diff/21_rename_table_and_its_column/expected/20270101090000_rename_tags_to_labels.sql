-- kei db-change, up: rename table tags to labels; tags stays as a view over it
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- kei:allow renaming-table-or-column the view tags keeps the old name working until the contract step
-- squawk-ignore renaming-table
ALTER TABLE tags RENAME TO labels;
CREATE VIEW tags AS SELECT * FROM labels;
