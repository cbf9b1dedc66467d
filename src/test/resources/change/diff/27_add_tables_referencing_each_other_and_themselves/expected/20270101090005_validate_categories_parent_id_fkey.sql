-- kei db-change, up: validate categories_parent_id_fkey: every existing row of categories is checked
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
ALTER TABLE categories VALIDATE CONSTRAINT categories_parent_id_fkey;
