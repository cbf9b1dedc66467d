-- The backfilled names are left in place: they are what the application now shows.
SELECT 1;
