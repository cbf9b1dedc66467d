-- kei:contract: the application no longer reads legacy_code
ALTER TABLE users DROP COLUMN legacy_code;
