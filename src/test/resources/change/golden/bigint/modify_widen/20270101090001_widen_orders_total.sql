-- kei db-change, up: change orders.total from numeric(10,2) to numeric(12,2) (binary-coercible: no rewrite, no scan)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore changing-column-type
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);
