ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0) /* NOT VALID */;
