-- kei db-change, up: add column customers.referred_by bigint
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE customers ADD COLUMN IF NOT EXISTS referred_by bigint;
