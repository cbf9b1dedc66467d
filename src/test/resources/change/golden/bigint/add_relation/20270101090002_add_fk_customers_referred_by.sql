-- kei db-change, up: add relation fk_customers_referred_by: customers (referred_by) -> customers (id) on delete SET NULL, NOT VALID: new and changed rows are checked from now on
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE customers ADD CONSTRAINT fk_customers_referred_by FOREIGN KEY (referred_by) REFERENCES customers (id) ON DELETE SET NULL NOT VALID;
