ALTER TABLE users ADD COLUMN bio varchar(100);
ALTER TABLE users ALTER COLUMN bio TYPE varchar(200);
