-- squawk-ignore require-concurrent-index-creation
CREATE INDEX idx_countries_code ON countries (code);
