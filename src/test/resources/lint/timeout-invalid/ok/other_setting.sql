SET LOCAL application_name = 'migration:15m';
