-- kei:no-transaction
-- kei db-change, down: give name what label has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '1min';
