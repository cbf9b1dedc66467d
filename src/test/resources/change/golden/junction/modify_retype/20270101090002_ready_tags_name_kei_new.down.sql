-- kei:no-transaction
-- kei db-change, down: give name_kei_new what name has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS tags_name_kei_new_key;
