COMMENT ON TABLE users IS 'CREATE INDEX idx ON users (email)';
