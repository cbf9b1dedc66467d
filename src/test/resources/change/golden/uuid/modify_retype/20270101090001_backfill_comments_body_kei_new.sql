-- kei:no-transaction
-- kei db-change, up: copy body into body_kei_new on the existing rows, in batches
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE comments SET body_kei_new = body::character varying(2000) WHERE body_kei_new IS DISTINCT FROM body::character varying(2000);
