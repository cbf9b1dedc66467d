-- kei:contract: the application no longer reads or writes events
-- kei db-change, up: remove table events
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- squawk-ignore ban-drop-table
DROP TABLE events;
