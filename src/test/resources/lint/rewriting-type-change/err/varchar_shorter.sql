ALTER TABLE users ADD COLUMN bio varchar(200);
ALTER TABLE users ALTER COLUMN bio TYPE varchar(100);
