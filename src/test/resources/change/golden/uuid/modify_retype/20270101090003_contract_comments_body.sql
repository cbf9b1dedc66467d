-- kei:contract: the application reads and writes comments.body as character varying(2000)
-- kei db-change, up: drop the trigger and the old body; body_kei_new takes its name
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_comments_body ON comments;
DROP FUNCTION IF EXISTS kei_sync_comments_body();
-- squawk-ignore ban-drop-column
ALTER TABLE comments DROP COLUMN body;
-- kei:allow renaming-table-or-column the swap's last move, in the transaction that drops the old column: no application sees body_kei_new
-- squawk-ignore renaming-column
ALTER TABLE comments RENAME COLUMN body_kei_new TO body;
