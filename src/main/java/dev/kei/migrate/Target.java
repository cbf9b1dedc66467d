package dev.kei.migrate;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database migrations run against: a URL's PostgreSQL or SQLite, or an embedded PostgreSQL. Owns the server
 * when it started one.
 */
public interface Target extends AutoCloseable {

    /** A new connection; the caller closes it. */
    Connection connect() throws SQLException;

    DatabaseUrl.Kind kind();

    /** What messages may show of it; never a password. */
    String shown();

    /** Removes anything secret from a text (a driver's message) before it is shown. */
    default String scrub(String text) {
        return text;
    }

    @Override
    void close() throws Exception;
}
