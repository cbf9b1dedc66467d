ALTER TABLE orders ADD COLUMN total numeric(10,2);
ALTER TABLE orders ALTER COLUMN total TYPE decimal(12,2);
