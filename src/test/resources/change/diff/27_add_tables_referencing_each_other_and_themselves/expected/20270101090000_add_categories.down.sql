-- kei db-change, down: add table categories (5 columns)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS categories;
