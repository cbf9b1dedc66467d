-- kei:allow require-concurrent-index the table is created empty by the seed
CREATE INDEX idx_users_email ON users (email);
