-- kei:allow require-concurrent-index the lookup table has 40 rows
CREATE INDEX idx_countries_code ON countries (code);
