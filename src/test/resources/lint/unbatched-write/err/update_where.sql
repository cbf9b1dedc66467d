-- a WHERE does not make it small: without a database every existing table is assumed large
UPDATE orders SET status = 'archived' WHERE created_at < '2020-01-01';
