-- kei db-change, up: change tags.name from character varying(50) to text (binary-coercible: no rewrite, no scan)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore changing-column-type
ALTER TABLE tags ALTER COLUMN name TYPE text;
