ALTER TABLE users ADD COLUMN bio character varying(100);
ALTER TABLE users ALTER bio SET DATA TYPE text;
