-- kei db-change, down: change tags.name from character varying(50) to text (binary-coercible: no rewrite, no scan)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- kei:allow rewriting-type-change the rollback narrows back; it fails, changing nothing, if a longer value was written since
-- squawk-ignore changing-column-type
ALTER TABLE tags ALTER COLUMN name TYPE character varying(50);
