SET SESSION statement_timeout TO '0ms';
