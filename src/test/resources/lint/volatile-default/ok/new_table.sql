CREATE TABLE users (id uuid NOT NULL DEFAULT gen_random_uuid());
