-- kei db-change, down: change orders.status from character varying(20) to character varying(50) (binary-coercible: no rewrite, no scan)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- kei:allow rewriting-type-change the rollback narrows back; it fails, changing nothing, if a longer value was written since
-- squawk-ignore changing-column-type
ALTER TABLE orders ALTER COLUMN status TYPE character varying(20);
