-- kei db-change, down: change posts.title from character varying(100) to character varying(120) (binary-coercible: no rewrite, no scan)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- kei:allow rewriting-type-change the rollback narrows back; it fails, changing nothing, if a longer value was written since
-- squawk-ignore changing-column-type
ALTER TABLE posts ALTER COLUMN title TYPE character varying(100);
