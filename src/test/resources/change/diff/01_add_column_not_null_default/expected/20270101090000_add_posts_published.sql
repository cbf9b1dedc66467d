-- kei db-change, up: add column posts.published boolean not null default false
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD COLUMN IF NOT EXISTS published boolean DEFAULT false NOT NULL;
