-- kei:contract: the application no longer reads or writes tags
-- kei db-change, up: remove table tags
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- the rows are kept in kei_saved_tags for the rollback; drop it once the change is final
CREATE TABLE kei_saved_tags AS TABLE tags;
-- squawk-ignore ban-drop-table
DROP TABLE tags;
