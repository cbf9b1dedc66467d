-- kei db-change, up: change posts.title from character varying(100) to character varying(150) (binary-coercible: no rewrite, no scan)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore changing-column-type
ALTER TABLE posts ALTER COLUMN title TYPE character varying(150);
