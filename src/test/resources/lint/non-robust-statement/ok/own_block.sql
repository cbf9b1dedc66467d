-- kei:no-transaction
BEGIN;
CREATE TABLE plans (id bigint PRIMARY KEY);
COMMIT;
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_plans_name ON plans (id);
