-- kei:no-transaction
CREATE TABLE IF NOT EXISTS plans (id bigint PRIMARY KEY);
CREATE TABLE plan_prices (plan_id bigint NOT NULL);
