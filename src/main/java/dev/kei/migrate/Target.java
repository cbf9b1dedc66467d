package dev.kei.migrate;

import dev.kei.db.Database;
import dev.kei.db.MigrationRuntime;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The database migrations run against: a URL's PostgreSQL or SQLite, or an embedded PostgreSQL. Owns the server
 * when it started one.
 */
public interface Target extends AutoCloseable {

    /** A new connection; the caller closes it. */
    Connection connect() throws SQLException;

    /** Which database it is; one kei-migrate runs ({@link Database#runtime()} is present). */
    Database database();

    /** How migrations run on it. */
    default MigrationRuntime runtime() {
        return database().runtime().orElseThrow();
    }

    /** The database's file, for a database that is one (SQLite): its lock lives beside it. */
    default Optional<Path> file() {
        return Optional.empty();
    }

    /** What messages may show of it; never a password. */
    String shown();

    /** Removes anything secret from a text (a driver's message) before it is shown. */
    default String scrub(String text) {
        return text;
    }

    @Override
    void close() throws Exception;
}
