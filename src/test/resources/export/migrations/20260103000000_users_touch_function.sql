CREATE FUNCTION users_normalise_email() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.email := lower(NEW.email);
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_normalise_email BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION users_normalise_email();
