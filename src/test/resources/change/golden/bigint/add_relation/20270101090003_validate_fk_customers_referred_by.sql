-- kei db-change, up: validate fk_customers_referred_by: every existing row of customers is checked
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
ALTER TABLE customers VALIDATE CONSTRAINT fk_customers_referred_by;
