-- Exported by kei-migrate from 20260103000000_users_touch_function.sql.
-- kei-migrate sets these on every migration; this runner does not.
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '15min';
CREATE FUNCTION users_normalise_email() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.email := lower(NEW.email);
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_normalise_email BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION users_normalise_email();
