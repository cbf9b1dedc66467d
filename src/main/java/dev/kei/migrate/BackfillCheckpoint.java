package dev.kei.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code kei_schema_backfill}, beside the history table: the last primary key a backfill finished, per migration
 * and statement unit, written in each batch's own transaction so a killed run resumes after the last committed
 * batch. A side table because {@code kei_schema_history}'s columns are fixed in databases already in use; its row
 * goes once the unit is recorded done in the history, so an up after a down starts the backfill afresh.
 */
final class BackfillCheckpoint {
    static final String NAME = "kei_schema_backfill";
    private final String table;

    private BackfillCheckpoint(String table) {
        this.table = table;
    }

    /** The table in the history's schema, created if missing (autocommit). */
    static BackfillCheckpoint open(Connection c, HistoryTable history) throws SQLException {
        BackfillCheckpoint k = new BackfillCheckpoint(history.beside(c, NAME));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + k.table + " (version varchar(14) NOT NULL, unit integer NOT NULL,"
                    + " last_key text[] NOT NULL, rows_done bigint NOT NULL, batches integer NOT NULL,"
                    + " updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (version, unit))");
        }
        return k;
    }

    /** Where a backfill stopped: its last key (a value per key column), rows and batches; null when it had not begun. */
    record Point(String[] lastKey, long rows, int batches) {}

    Point read(Connection c, String version, int unit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT last_key, rows_done, batches FROM " + table + " WHERE version = ? AND unit = ?")) {
            p.setString(1, version);
            p.setInt(2, unit);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new Point((String[]) rs.getArray(1).getArray(), rs.getLong(2), rs.getInt(3)) : null;
            }
        }
    }

    /** Records a finished batch, inside the batch's transaction. */
    void write(Connection c, String version, int unit, Point point) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table
                + " (version, unit, last_key, rows_done, batches) VALUES (?, ?, ?, ?, ?) ON CONFLICT (version, unit)"
                + " DO UPDATE SET last_key = excluded.last_key, rows_done = excluded.rows_done,"
                + " batches = excluded.batches, updated_at = now()")) {
            p.setString(1, version);
            p.setInt(2, unit);
            p.setArray(3, c.createArrayOf("text", point.lastKey()));
            p.setLong(4, point.rows());
            p.setInt(5, point.batches());
            p.executeUpdate();
        }
    }

    /** Forgets a backfill once its unit is recorded done (in the same transaction as that record). */
    void clear(Connection c, String version, int unit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE version = ? AND unit = ?")) {
            p.setString(1, version);
            p.setInt(2, unit);
            p.executeUpdate();
        }
    }
}
