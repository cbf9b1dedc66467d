-- kei db-change, up: validate posts_editor_id_fkey: every existing row of posts is checked
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
ALTER TABLE posts VALIDATE CONSTRAINT posts_editor_id_fkey;
