ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id;
