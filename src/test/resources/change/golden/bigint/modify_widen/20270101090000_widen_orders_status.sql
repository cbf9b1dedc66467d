-- kei db-change, up: change orders.status from character varying(20) to character varying(50) (binary-coercible: no rewrite, no scan)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore changing-column-type
ALTER TABLE orders ALTER COLUMN status TYPE character varying(50);
