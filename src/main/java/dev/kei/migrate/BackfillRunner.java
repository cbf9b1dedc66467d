package dev.kei.migrate;

import dev.kei.migrate.Attempts.Failure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link Backfill} on PostgreSQL in keyset batches over the table's primary key (one column or several):
 * each batch is its own transaction with the migration's {@code SET LOCAL} timeouts and the lock_timeout retry,
 * and writes its last key to {@link BackfillCheckpoint} before it commits, so a re-run resumes after the last
 * committed batch. Progress goes to stderr; {@code ANALYZE} runs on the table at the end.
 */
final class BackfillRunner {
    private final Attempts attempts;
    private final HistoryTable history;

    BackfillRunner(Attempts attempts, HistoryTable history) {
        this.attempts = attempts;
        this.history = history;
    }

    /** The table as the catalogue names it (quoted by the server), its row estimate and its key columns. */
    private record Table(String quoted, long estimate, List<String> keys, List<String> types) {
        /** Whether the key is one integer column, whose values tell how far through the table a batch is. */
        boolean integerKey() {
            return keys.size() == 1 && List.of("smallint", "integer", "bigint").contains(types.get(0));
        }
    }

    /** Runs unit {@code unit} of migration {@code version}, a backfill, to its end; the caller records the unit. */
    void run(Connection c, String id, String version, String file, SqlStatement st, Backfill b, int unit)
            throws MigrateException, SQLException {
        c.setAutoCommit(true);
        BackfillCheckpoint checkpoint = BackfillCheckpoint.open(c, history);
        Table t = table(c, file, b);
        BackfillCheckpoint.Point at = checkpoint.read(c, version, unit);
        String shown = "  backfill " + t.quoted() + " (line " + b.line() + ", batch " + b.batch() + ")";
        if (at != null) {
            attempts.progress()
                    .note(shown + ": resuming after " + at.batches() + " batches, " + at.rows() + " rows, key "
                            + String.join(", ", at.lastKey()));
        }
        long rows = at == null ? 0 : at.rows();
        int batches = at == null ? 0 : at.batches();
        String[] last = at == null ? null : at.lastKey();
        long start = System.nanoTime();
        long startRows = rows;
        long shownAt = 0;
        Extent extent = extent(c, b, t, last);
        while (true) {
            String sql = batchSql(b, t, last);
            BackfillCheckpoint.Point next = batch(
                    c,
                    checkpoint,
                    id,
                    version,
                    unit,
                    file,
                    st,
                    sql,
                    last,
                    t.keys().size(),
                    rows,
                    batches);
            if (next == null) {
                break;
            }
            at = next;
            rows = next.rows();
            batches = next.batches();
            last = next.lastKey();
            if (System.nanoTime() - shownAt > 1_000_000_000L) {
                shownAt = System.nanoTime();
                attempts.progress()
                        .note(shown + ": " + progress(rows, rows - startRows, t.estimate(), extent, last, start));
            }
            if (b.pauseMs() > 0) {
                pause(b.pauseMs());
            }
        }
        attempts.progress()
                .note(shown + ": done, " + rows + " rows in " + batches + " batches, " + Attempts.ms(start) + " ms, "
                        + rate(rows - startRows, start) + " rows/s");
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE " + t.quoted());
        }
    }

    /** One batch in its own transaction, retried on lock_timeout; the new checkpoint, or null when none was left. */
    private BackfillCheckpoint.Point batch(
            Connection c,
            BackfillCheckpoint checkpoint,
            String id,
            String version,
            int unit,
            String file,
            SqlStatement st,
            String sql,
            String[] last,
            int keyCount,
            long rows,
            int batches)
            throws MigrateException, SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    String settings = attempts.session(id, true);
                    if (!settings.isEmpty()) {
                        s.execute(settings);
                    }
                }
                BackfillCheckpoint.Point next = null;
                // the UPDATE's own text goes as written: a jsonb ? operator in it is no JDBC parameter
                try (Statement s = Attempts.verbatim(c);
                        ResultSet rs = s.executeQuery(sql)) {
                    if (rs.next()) {
                        String[] key = new String[keyCount];
                        for (int k = 0; k < keyCount; k++) {
                            key[k] = rs.getString(2 + k);
                        }
                        next = new BackfillCheckpoint.Point(key, rows + rs.getLong(1), batches + 1);
                    }
                }
                if (next != null) {
                    checkpoint.write(c, version, unit, next);
                }
                c.commit();
                return next;
            } catch (SQLException e) {
                c.rollback();
                if (attempts.retry(e, attempt, file)) {
                    continue;
                }
                String done = last == null
                        ? "No batch of this backfill had finished;"
                        : "The " + batches + " batches before this one (" + rows + " rows, up to key "
                                + String.join(", ", last) + ") are committed and recorded;";
                throw attempts.failed(
                        file,
                        new Failure(st, e, null),
                        done + " every statement before the backfill is too; a re-run resumes after them.");
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private Table table(Connection c, String file, Backfill b) throws SQLException, MigrateException {
        String quoted;
        long estimate;
        long oid;
        try (PreparedStatement p = c.prepareStatement("SELECT k.oid, quote_ident(n.nspname) || '.' ||"
                + " quote_ident(k.relname), k.reltuples::bigint FROM pg_class k JOIN pg_namespace n ON n.oid ="
                + " k.relnamespace WHERE k.oid = to_regclass(?)")) {
            p.setString(1, b.table());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw MigrateException.usage(
                            "Migration " + file + " line " + b.line() + ": the backfill's table " + b.table()
                                    + " does not exist.",
                            "Create it before the backfill, or fix its name, then run: " + attempts.rerun());
                }
                oid = rs.getLong(1);
                quoted = rs.getString(2);
                estimate = rs.getLong(3);
            }
        }
        List<String> keys = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT quote_ident(a.attname), format_type(a.atttypid,"
                + " a.atttypmod) FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum,"
                + " ord) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum WHERE i.indrelid ="
                + " ?::oid AND i.indisprimary ORDER BY k.ord")) {
            p.setLong(1, oid);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                    types.add(rs.getString(2));
                }
            }
        }
        if (keys.isEmpty()) {
            throw MigrateException.usage(
                    "Migration " + file + " line " + b.line() + ": the backfill's table " + quoted
                            + " has no primary key; kei-migrate batches a backfill by primary key and does not"
                            + " batch by ctid.",
                    "Add a primary key to the table, or drop the -- kei:backfill marker to run the UPDATE as one"
                            + " statement, then run: " + attempts.rerun());
        }
        return new Table(quoted, estimate, keys, types);
    }

    /**
     * The batch: the next keys after the checkpoint that match the UPDATE's own condition, in key order, then the
     * UPDATE of those rows (the condition checked again, as a concurrent write may have changed a row), returning
     * the rows updated and the batch's last key, or no row once none is left.
     */
    static String batchSql(Backfill b, List<String> keys, List<String> types, String[] after) {
        StringBuilder pick = new StringBuilder();
        StringBuilder join = new StringBuilder();
        StringBuilder order = new StringBuilder();
        StringBuilder desc = new StringBuilder();
        StringBuilder lastKey = new StringBuilder();
        StringBuilder tuple = new StringBuilder();
        StringBuilder params = new StringBuilder();
        for (int k = 0; k < keys.size(); k++) {
            String col = b.ref() + "." + keys.get(k);
            String alias = "kei_k" + (k + 1);
            String sep = k == 0 ? "" : ", ";
            pick.append(sep).append(col).append(" AS ").append(alias);
            join.append(k == 0 ? "" : " AND ")
                    .append(col)
                    .append(" = kei_batch.")
                    .append(alias);
            order.append(sep).append(col);
            desc.append(sep).append(alias).append(" DESC");
            lastKey.append(", ").append(alias).append("::text");
            tuple.append(sep).append(col);
            params.append(sep)
                    .append("CAST(")
                    .append(after == null ? "" : literal(after[k]))
                    .append(" AS ")
                    .append(types.get(k))
                    .append(')');
        }
        List<String> conditions = new ArrayList<>();
        if (after != null) {
            conditions.add("(" + tuple + ") > (" + params + ")");
        }
        if (b.where() != null) {
            conditions.add("(" + b.where() + ")");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return "WITH kei_batch AS (SELECT " + pick + " FROM " + b.target() + where + " ORDER BY " + order + " LIMIT "
                + b.batch() + "), kei_updated AS (UPDATE " + b.target() + " SET " + b.set() + " FROM kei_batch WHERE "
                + join + (b.where() == null ? "" : " AND (" + b.where() + ")") + " RETURNING 1)"
                + " SELECT (SELECT count(*) FROM kei_updated)" + lastKey + " FROM (SELECT * FROM kei_batch ORDER BY "
                + desc + " LIMIT 1) kei_last";
    }

    private static String batchSql(Backfill b, Table t, String[] after) {
        return batchSql(b, t.keys(), t.types(), after);
    }

    /** The integer key's range still to go when a run starts, to tell how far it is; null for other keys. */
    private record Extent(long from, long to) {}

    private static Extent extent(Connection c, Backfill b, Table t, String[] last) throws SQLException {
        if (!t.integerKey()) {
            return null;
        }
        String key = t.keys().get(0);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT min(" + key + "), max(" + key + ") FROM " + t.quoted())) {
            if (!rs.next() || rs.getObject(2) == null) {
                return null;
            }
            long from = last == null ? rs.getLong(1) - 1 : Long.parseLong(last[0]);
            return new Extent(from, rs.getLong(2));
        }
    }

    /**
     * "40000 of ~100000 rows (40%), 52000 rows/s, about 1 s left": the share done read from the integer key's
     * position in its range when there is one (right under a WHERE that skips rows), else from the row estimate.
     */
    private static String progress(long rows, long thisRun, long estimate, Extent extent, String[] last, long start) {
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        StringBuilder s = new StringBuilder().append(rows);
        double share = -1; // of this run's part of the table
        double total = -1; // of the whole table
        if (extent != null && extent.to() > extent.from()) {
            long at = Long.parseLong(last[0]);
            share = Math.min(1, (double) (at - extent.from()) / (extent.to() - extent.from()));
            s.append(" rows");
            total = share;
        } else if (estimate > 0) {
            total = Math.min(1, (double) rows / estimate);
            share = estimate > rows - thisRun ? Math.min(1, (double) thisRun / (estimate - (rows - thisRun))) : 1;
            s.append(" of ~").append(estimate).append(" rows");
        } else {
            s.append(" rows");
        }
        if (total >= 0) {
            s.append(" (").append(Math.round(total * 100)).append("% of the table)");
        }
        s.append(", ").append(rate(thisRun, start)).append(" rows/s");
        if (share > 0) {
            s.append(", about ")
                    .append(Math.round(seconds * (1 - share) / share))
                    .append(" s left");
        }
        return s.toString();
    }

    /** A key value as an escape string literal, read the same whatever standard_conforming_strings is. */
    static String literal(String value) {
        return "E'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static long rate(long rows, long start) {
        return Math.round(rows / Math.max(1e-3, (System.nanoTime() - start) / 1e9));
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
