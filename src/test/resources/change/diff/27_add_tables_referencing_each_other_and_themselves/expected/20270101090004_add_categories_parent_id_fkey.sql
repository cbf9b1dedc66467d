-- kei db-change, up: add relation categories_parent_id_fkey: categories (parent_id) -> categories (id), NOT VALID: new and changed rows are checked from now on
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE categories ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES categories (id) NOT VALID;
