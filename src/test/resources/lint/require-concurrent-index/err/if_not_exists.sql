CREATE INDEX IF NOT EXISTS idx_orders_user_id
  ON ONLY orders USING btree (user_id);
