-- kei db-change, up: add table coupons (3 columns)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
CREATE TABLE IF NOT EXISTS coupons (
  id bigint NOT NULL,
  code character varying(40) NOT NULL,
  customer_id bigint,
  CONSTRAINT coupons_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX IF NOT EXISTS uq_coupons_code ON coupons (code);
CREATE INDEX IF NOT EXISTS idx_coupons_customer_id ON coupons (customer_id);
ALTER TABLE coupons ADD CONSTRAINT fk_coupons_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL;
