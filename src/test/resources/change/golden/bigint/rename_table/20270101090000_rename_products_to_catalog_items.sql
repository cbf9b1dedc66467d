-- kei db-change, up: rename table products to catalog_items; products stays as a view over it
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- kei:allow renaming-table-or-column the view products keeps the old name working until the contract step
-- squawk-ignore renaming-table
ALTER TABLE products RENAME TO catalog_items;
CREATE VIEW products AS SELECT * FROM catalog_items;
