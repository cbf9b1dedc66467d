-- kei db-change, up: change posts.price from numeric(10,2) to numeric(12,2) (binary-coercible: no rewrite, no scan)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore changing-column-type
ALTER TABLE posts ALTER COLUMN price TYPE numeric(12,2);
