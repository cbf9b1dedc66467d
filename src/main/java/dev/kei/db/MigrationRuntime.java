package dev.kei.db;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * How kei-migrate runs migrations on one database: the SQL of its history table and catalogue, the lock that keeps
 * one migrating process at a time, and what the JDBC driver can do in one call. Only {@link Database} makes these;
 * the runner reads facts and never asks which database it has.
 *
 * @param historyTimestamp the history table's {@code applied_at} column, type and default
 * @param historyBoolean the type of its {@code success} column
 * @param tableExists a query with one parameter, a table name, that returns a row when the table exists
 * @param catalogue queries whose single text column, sorted, says what the schema holds (the history table's lines
 *     are dropped by the caller); the first lists the tables, as {@code table NAME}
 * @param lock how one migrating process at a time is ensured
 * @param sessionSettings whether the seed 003 session settings ({@code lock_timeout}, {@code statement_timeout}, ...)
 *     are set around every migration
 * @param scriptInOneCall whether the driver runs a whole transactional file in one {@code execute} (a round trip per
 *     file, and the pipeline of several files)
 * @param transactionElapsedMs an expression the server evaluates to the milliseconds the transaction has run, so a
 *     history row can travel in the same call as the file; empty where the row is written on its own
 * @param connectionSetup statements run on every new connection
 * @param throwaway what a throwaway database of this kind is called in a report ("an embedded PostgreSQL")
 * @param currentSchema a query for the schema new tables go to, read before any migration runs, so the history
 *     table is named with it and a file that changes the search_path cannot lose its row; empty where a database
 *     has no schemas
 * @param driver the JDBC driver's class, which {@link #open} connects through
 */
public record MigrationRuntime(
        String historyTimestamp,
        String historyBoolean,
        String tableExists,
        List<String> catalogue,
        Lock lock,
        boolean sessionSettings,
        boolean scriptInOneCall,
        Optional<String> transactionElapsedMs,
        List<String> connectionSetup,
        String throwaway,
        Optional<String> currentSchema,
        String driver) {

    /** How one kei-migrate at a time is ensured. */
    public enum Lock {
        /** A session-level advisory lock, held by the session the migrations run on. */
        ADVISORY,
        /** An OS file lock beside the database file. */
        FILE_BESIDE_DATABASE
    }

    public MigrationRuntime {
        catalogue = List.copyOf(catalogue);
        connectionSetup = List.copyOf(connectionSetup);
    }

    static final MigrationRuntime POSTGRESQL = new MigrationRuntime(
            "timestamptz NOT NULL DEFAULT now()",
            "boolean",
            "SELECT 1 FROM pg_tables WHERE tablename = ? AND schemaname = current_schema()",
            PostgresCatalogue.QUERIES,
            Lock.ADVISORY,
            true,
            true,
            Optional.of("(extract(epoch FROM clock_timestamp() - transaction_timestamp()) * 1000)::bigint"),
            List.of(),
            "an embedded PostgreSQL",
            Optional.of("SELECT current_schema()"),
            "org.postgresql.Driver");

    static final MigrationRuntime SQLITE = new MigrationRuntime(
            "text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            "integer",
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            List.of(
                    "SELECT 'table ' || name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                    "SELECT 'ddl ' || type || ' ' || name || ': ' || sql FROM sqlite_master"
                            + " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"),
            Lock.FILE_BESIDE_DATABASE,
            false,
            false,
            Optional.empty(),
            List.of("PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 30000"),
            "a scratch SQLite file",
            Optional.empty(),
            "org.sqlite.JDBC");

    /**
     * Runs a whole script of several statements outside the runner (a seed file on a throwaway database): the
     * PostgreSQL driver sends it as one simple query, sqlite-jdbc runs every statement only through
     * {@code executeUpdate}.
     */
    public void runScript(Connection c, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (scriptInOneCall) {
                s.execute(script);
            } else {
                s.executeUpdate(script);
            }
        }
    }

    /**
     * A new connection through this database's own driver rather than {@link DriverManager}, whose first use loads
     * every driver the jar lists (SQLite's with PostgreSQL's: about 10 ms of a status call); a URL the driver does
     * not take goes to DriverManager, for its usual error.
     */
    public Connection open(String jdbcUrl, Properties properties) throws SQLException {
        Driver d;
        try {
            d = (Driver) Class.forName(driver).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return DriverManager.getConnection(jdbcUrl, properties);
        }
        Connection c = d.connect(jdbcUrl, properties);
        return c != null ? c : DriverManager.getConnection(jdbcUrl, properties);
    }

    /** Prepares a new connection the way every migration expects it (SQLite's foreign keys, busy timeout). */
    public Connection prepare(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : connectionSetup) {
                s.execute(sql);
            }
        }
        return c;
    }
}
