-- kei:contract: the application no longer reads or writes comments
-- kei db-change, up: remove table comments
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- the rows are kept in kei_saved_comments for the rollback; drop it once the change is final
CREATE TABLE kei_saved_comments AS TABLE comments;
-- squawk-ignore ban-drop-table
DROP TABLE comments;
