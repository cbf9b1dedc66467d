package dev.kei.migrate;

import dev.kei.db.MigrationRuntime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code kei_schema_history}: which migrations ran, with the checksum of the file, when, how long, whether they
 * finished, and for statement-by-statement files how far they got. Every write goes through a prepared statement;
 * nothing from a file name reaches SQL as text.
 */
public final class HistoryTable {
    public static final String NAME = "kei_schema_history";
    // the shapes a migration folder allows, checked before values become literals (compiled once: per file)
    private static final Pattern VERSION = Pattern.compile("[0-9]{14}");
    private static final Pattern NAME_SHAPE = Pattern.compile("[a-z0-9_]{1,100}");
    private static final Pattern CHECKSUM = Pattern.compile("[0-9a-f]{64}");

    private final MigrationRuntime runtime;
    private String table; // NAME, qualified by the schema it lives in once a connection told it

    public HistoryTable(MigrationRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * The table's name as every statement writes it: schema-qualified where the database has schemas, read from
     * the first connection before any migration runs (a file may empty the search_path, as pg_dump's first lines do).
     */
    String table(Connection c) throws SQLException {
        if (table == null) {
            String schema = null;
            if (runtime.currentSchema().isPresent()) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery(runtime.currentSchema().get())) {
                    schema = rs.next() ? rs.getString(1) : null;
                }
            }
            table = schema == null ? NAME : "\"" + schema.replace("\"", "\"\"") + "\"." + NAME;
        }
        return table;
    }

    /** Another of kei's tables, in the history table's schema (a backfill's checkpoints). */
    String beside(Connection c, String name) throws SQLException {
        String t = table(c);
        return t.substring(0, t.length() - NAME.length()) + name;
    }

    /** {@link #table(Connection)} once known; only after {@link #create} or {@link #read} ran. */
    private String table() {
        if (table == null) {
            throw new IllegalStateException("the history table's schema is not known before it is created or read");
        }
        return table;
    }

    public void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table(c) + " ("
                    + "version varchar(14) PRIMARY KEY, "
                    + "name varchar(100) NOT NULL, "
                    + "checksum char(64) NOT NULL, "
                    + "applied_at " + runtime.historyTimestamp() + ", "
                    + "execution_ms bigint NOT NULL DEFAULT 0, "
                    + "success " + runtime.historyBoolean() + " NOT NULL, "
                    + "step integer NOT NULL DEFAULT 0, "
                    + "done_checksum char(64))");
        }
    }

    public boolean exists(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(runtime.tableExists())) {
            p.setString(1, NAME);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Every row, by version, in version order; empty when the table does not exist yet. */
    public Map<String, HistoryRow> read(Connection c) throws SQLException {
        Map<String, HistoryRow> rows = new LinkedHashMap<>();
        table(c);
        if (!exists(c)) {
            return rows;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, name, checksum, applied_at, execution_ms, success, step,"
                        + " done_checksum FROM " + table() + " ORDER BY version")) {
            while (rs.next()) {
                rows.put(
                        rs.getString(1),
                        new HistoryRow(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3).strip(),
                                rs.getString(4),
                                rs.getLong(5),
                                rs.getBoolean(6),
                                rs.getInt(7),
                                rs.getString(8) == null ? null : rs.getString(8).strip()));
            }
        }
        return rows;
    }

    /** Records a finished migration (inside the migration's own transaction, for transactional files). */
    public void insert(Connection c, MigrationFile m, long ms, boolean success, int step, String doneChecksum)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO " + table(c)
                        + " (version, name, checksum, execution_ms, success, step, done_checksum) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, m.version());
            p.setString(2, m.name());
            p.setString(3, m.checksum());
            p.setLong(4, ms);
            p.setBoolean(5, success);
            p.setInt(6, step);
            p.setString(7, doneChecksum);
            p.executeUpdate();
        }
    }

    /**
     * Whether the history row of {@code m} can travel as literals with its file: the database times its own
     * transaction, and every value has the shape the migration folder allows.
     */
    boolean inlinable(MigrationFile m) {
        return runtime.transactionElapsedMs().isPresent()
                && VERSION.matcher(m.version()).matches()
                && NAME_SHAPE.matcher(m.name()).matches()
                && CHECKSUM.matcher(m.checksum()).matches();
    }

    /**
     * The history row of a finished transactional file as one statement, so it travels with the file's statements
     * in one round trip (null where the database cannot time its own transaction). Every value is checked against the shape the migration folder allows before
     * it becomes a literal; the execution time is the transaction's, measured by the server.
     */
    String insertSql(MigrationFile m, int step) {
        if (!inlinable(m)) {
            return null;
        }
        return "INSERT INTO " + table() + " (version, name, checksum, execution_ms, success, step, done_checksum)"
                + " VALUES ('" + m.version() + "', '" + m.name() + "', '" + m.checksum() + "',"
                + " " + runtime.transactionElapsedMs().get() + ", true, " + step
                + ", NULL)";
    }

    /**
     * Moves a statement-by-statement file's progress on. {@code checksum} is the file's as it runs now: a file
     * fixed after a failure finishes with the fixed file's checksum, so it does not read as drift afterwards.
     */
    public void progress(
            Connection c, String version, String checksum, long ms, boolean success, int step, String doneChecksum)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + table(c)
                + " SET checksum = ?, execution_ms = ?, success = ?, step = ?, done_checksum = ? WHERE version = ?")) {
            p.setString(1, checksum);
            p.setLong(2, ms);
            p.setBoolean(3, success);
            p.setInt(4, step);
            p.setString(5, doneChecksum);
            p.setString(6, version);
            p.executeUpdate();
        }
    }

    public void delete(Connection c, String version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table(c) + " WHERE version = ?")) {
            p.setString(1, version);
            p.executeUpdate();
        }
    }
}
