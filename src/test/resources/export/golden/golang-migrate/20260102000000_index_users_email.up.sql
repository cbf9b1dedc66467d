-- Exported by kei-migrate from 20260102000000_index_users_email.sql.
-- kei-migrate export: no lock_timeout/statement_timeout here: this runner sends the file as one query, and a SET would put it in one implicit transaction.
-- kei:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);
