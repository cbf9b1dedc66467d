SET LOCAL statement_timeout = '15m';
