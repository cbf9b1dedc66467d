-- kei:no-transaction
-- kei db-change, down: give added_at what tagged_at has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '1min';
