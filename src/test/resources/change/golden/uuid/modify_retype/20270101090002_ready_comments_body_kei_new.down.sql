-- kei:no-transaction
-- kei db-change, down: give body_kei_new what body has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '1min';
