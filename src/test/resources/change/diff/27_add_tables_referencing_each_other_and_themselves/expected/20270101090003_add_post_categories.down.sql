-- kei db-change, down: add table post_categories (2 columns)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS post_categories;
