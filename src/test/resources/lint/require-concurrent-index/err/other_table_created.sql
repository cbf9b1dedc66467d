CREATE TABLE audit (id bigint);
CREATE INDEX idx_users_email ON users (email);
