DROP TRIGGER users_normalise_email ON users;
DROP FUNCTION users_normalise_email();
