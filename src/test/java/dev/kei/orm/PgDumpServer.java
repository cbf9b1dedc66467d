package dev.kei.orm;

import dev.kei.support.SystemPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh databases on the machine's own PostgreSQL ({@link SystemPostgres}: the embedded server ships no pg_dump, and
 * an older pg_dump refuses a newer server), with the script a test applies and the {@code pg_dump --schema-only} it
 * compares. A database is named by its JDBC URL.
 */
final class PgDumpServer {
    private final SystemPostgres server;

    private PgDumpServer(SystemPostgres server) {
        this.server = server;
    }

    /** The JVM's server; skipped without one, failed under CI. */
    static PgDumpServer start() throws Exception {
        return new PgDumpServer(SystemPostgres.get());
    }

    /** A new, empty database. */
    String create() throws SQLException {
        return server.create();
    }

    /** Runs {@code script} (statements separated by semicolons) in database {@code url}, in one transaction. */
    void apply(String url, String script) throws SQLException {
        try (Connection c = connect(url);
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(script);
            c.commit();
        }
    }

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** {@code pg_dump --schema-only} of database {@code url}, with a fixed restrict key (two dumps can be equal). */
    String dump(String url) throws Exception {
        return server.dumpSchema(url);
    }

    /** The server belongs to the JVM: nothing to close. */
    void close() {}
}
