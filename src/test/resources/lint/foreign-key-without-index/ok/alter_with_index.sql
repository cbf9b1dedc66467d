-- kei:no-transaction
ALTER TABLE orders ADD CONSTRAINT fk_orders_user_id FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
CREATE INDEX CONCURRENTLY idx_orders_user_id ON orders (user_id);
