-- kei:no-transaction
-- kei db-change, up: copy name into name_kei_new on the existing rows, in batches
SET lock_timeout = '2s';
SET statement_timeout = '1min';
-- kei:backfill batch 1000
UPDATE tags SET name_kei_new = name::character varying(20) WHERE name_kei_new IS DISTINCT FROM name::character varying(20);
