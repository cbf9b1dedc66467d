-- kei:allow require-concurrent-index
CREATE INDEX idx_users_email ON users (email);
