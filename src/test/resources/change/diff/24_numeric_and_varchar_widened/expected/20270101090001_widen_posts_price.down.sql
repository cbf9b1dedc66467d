-- kei db-change, down: change posts.price from numeric(10,2) to numeric(12,2) (binary-coercible: no rewrite, no scan)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- kei:allow rewriting-type-change the rollback narrows back; it fails, changing nothing, if a longer value was written since
-- squawk-ignore changing-column-type
ALTER TABLE posts ALTER COLUMN price TYPE numeric(10,2);
