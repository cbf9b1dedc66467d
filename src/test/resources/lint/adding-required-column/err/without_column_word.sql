ALTER TABLE users ADD "Email" varchar(254) NOT NULL;
