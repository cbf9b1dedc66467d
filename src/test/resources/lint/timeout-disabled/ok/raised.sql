SET LOCAL statement_timeout = '1h';
