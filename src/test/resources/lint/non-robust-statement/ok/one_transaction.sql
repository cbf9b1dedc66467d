CREATE TABLE plans (id bigint PRIMARY KEY);
CREATE INDEX idx_plans_id ON plans (id);
ALTER TABLE plans ADD COLUMN name text;
