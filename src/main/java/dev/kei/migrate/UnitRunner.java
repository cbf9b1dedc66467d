package dev.kei.migrate;

import dev.kei.migrate.Attempts.Failure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Runs a script that cannot run in one transaction statement by statement (seed 003): each statement that may run
 * in a transaction runs in its own, together with the progress row, and a block of the file's own
 * {@code BEGIN ... COMMIT} runs as one; statements that cannot (CONCURRENTLY, VACUUM) run on their own and the
 * progress follows. A re-run resumes after the last unit that finished.
 */
final class UnitRunner implements MigrationExecutor {
    private final Attempts attempts;
    private final HistoryTable history;

    UnitRunner(Attempts attempts, HistoryTable history) {
        this.attempts = attempts;
        this.history = history;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    /** One file at a time, when it is marked {@code -- kei:no-transaction}. */
    @Override
    public int length(List<MigrationFile> todo, int from, Map<String, HistoryRow> rows) {
        return todo.get(from).noTransaction() ? 1 : 0;
    }

    /**
     * Applies the file at {@code from}: a file that failed before resumes after its last finished unit, unless the
     * statements before that point changed since; a new one gets its history row first, then one update per unit.
     */
    @Override
    public int up(Connection c, List<MigrationFile> todo, int from, int count, Map<String, HistoryRow> rows)
            throws MigrateException, SQLException {
        MigrationFile m = todo.get(from);
        attempts.progress().migrating(from + 1, todo.size(), "up", m);
        long start = System.nanoTime();
        String file = m.up().getFileName().toString();
        HistoryRow failed = rows.get(m.version());
        Map<Integer, Backfill> backfills = Backfill.of(m);
        if (!backfills.isEmpty() && !attempts.target().database().batchesBackfills()) {
            throw MigrateException.usage(
                    "Migration " + file + " has a -- kei:backfill marker (line "
                            + (backfills.keySet().iterator().next() - 1) + "); kei-migrate runs batched backfills on"
                            + " PostgreSQL only.",
                    "Drop the marker to run the UPDATE as one statement, then run: " + attempts.rerun());
        }
        int done = 0;
        if (failed != null) {
            done = failed.step();
            refuseChangedSince(file, m.statements(), done, failed.doneChecksum());
            attempts.progress().note("  resuming " + m.id() + " after unit " + done);
        } else {
            c.setAutoCommit(true);
            history.insert(c, m, 0, false, 0, doneChecksum(m.statements(), 0));
        }
        int total = units(m.statements()).size();
        unitByUnit(
                c,
                m.id(),
                m.version(),
                backfills,
                file,
                m.statements(),
                done,
                failed != null,
                (conn, units, checksum) -> history.progress(
                        conn,
                        m.version(),
                        m.checksum(),
                        Attempts.ms(start),
                        units == total,
                        units,
                        checksum == null ? doneChecksum(m.statements(), units) : checksum));
        return 1;
    }

    /**
     * Reverts {@code m} by its down file, unit by unit, as faithfully recorded as an up: each finished unit moves the
     * row's progress (a negative step), the last deletes the row, and a down that stopped part-way resumes after its
     * last finished unit, unless the statements before that point changed since.
     */
    @Override
    public void down(Connection c, MigrationFile m, HistoryRow row) throws MigrateException, SQLException {
        MigrationFile.Down down = m.down().orElseThrow();
        String file = down.file().getFileName().toString();
        int done = row.revertedUnits();
        if (done > 0) {
            refuseChangedSince(file, down.statements(), done, row.doneChecksum());
            attempts.progress().note("  resuming the down of " + m.id() + " after unit " + done);
        }
        long start = System.nanoTime();
        int total = units(down.statements()).size();
        unitByUnit(
                c, m.id(), m.version(), Map.of(), file, down.statements(), done, done > 0, (conn, units, checksum) -> {
                    if (units == total) {
                        history.delete(conn, m.version());
                    } else {
                        history.progress(
                                conn,
                                m.version(),
                                row.checksum(),
                                Attempts.ms(start),
                                false,
                                -units,
                                checksum == null ? doneChecksum(down.statements(), units) : checksum);
                    }
                });
    }

    /** A file that stopped after {@code done} units resumes only if those units are what ran. */
    private void refuseChangedSince(String file, List<SqlStatement> statements, int done, String recorded)
            throws MigrateException {
        if (recorded != null && !recorded.equals(doneChecksum(statements, done))) {
            throw MigrateException.usage(
                    "Migration " + file + " stopped after statement unit " + done + ", and"
                            + " the statements before that point changed since.",
                    "Restore those statements (they already" + " ran), then run: " + attempts.rerun());
        }
    }

    /**
     * Runs the statements from unit {@code from} on, calling {@code bookkeeping} as each unit finishes; a statement
     * in {@code backfills} (by line) runs in batches.
     */
    void unitByUnit(
            Connection c,
            String id,
            String version,
            Map<Integer, Backfill> backfills,
            String file,
            List<SqlStatement> statements,
            int from,
            boolean resuming,
            Bookkeeping bookkeeping)
            throws MigrateException, SQLException {
        List<List<SqlStatement>> units = units(statements);
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            String settings = attempts.session(id, false);
            if (!settings.isEmpty()) {
                s.execute(settings);
            }
        }
        MessageDigest done = sha256();
        for (int u = 0; u < units.size(); u++) {
            List<SqlStatement> unit = units.get(u);
            unit.forEach(st -> done.update((st.sql() + "\n").getBytes(StandardCharsets.UTF_8)));
            if (u < from) {
                continue;
            }
            String doneChecksum = HexFormat.of().formatHex(((MessageDigest) cloneOf(done)).digest());
            Backfill backfill = unit.size() == 1 ? backfills.get(unit.get(0).line()) : null;
            if (backfill != null) {
                runBackfill(c, id, version, file, unit.get(0), backfill, u + 1, doneChecksum, bookkeeping);
                resuming = false;
                continue;
            }
            runUnit(c, file, unit, u + 1, doneChecksum, resuming, bookkeeping);
            resuming = false;
        }
        if (units.isEmpty()) {
            bookkeeping.done(c, 0, null);
        }
    }

    /** The checksum of the first {@code count} units of {@code statements}, to compare with a resumed file's. */
    static String doneChecksum(List<SqlStatement> statements, int count) {
        MessageDigest done = sha256();
        List<List<SqlStatement>> units = units(statements);
        for (int u = 0; u < Math.min(count, units.size()); u++) {
            units.get(u).forEach(st -> done.update((st.sql() + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(done.digest());
    }

    /** A backfill, batch by batch; then its unit is recorded and its checkpoint dropped in one transaction. */
    private void runBackfill(
            Connection c,
            String id,
            String version,
            String file,
            SqlStatement st,
            Backfill backfill,
            int units,
            String doneChecksum,
            Bookkeeping bookkeeping)
            throws MigrateException, SQLException {
        new BackfillRunner(attempts, history).run(c, id, version, file, st, backfill, units);
        try {
            c.setAutoCommit(false);
            bookkeeping.done(c, units, doneChecksum);
            BackfillCheckpoint.open(c, history).clear(c, version, units);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw attempts.failed(
                    file, new Failure(st, e, null), "Every batch of the backfill is committed; a re-run records it.");
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void runUnit(
            Connection c,
            String file,
            List<SqlStatement> unit,
            int units,
            String doneChecksum,
            boolean resuming,
            Bookkeeping bookkeeping)
            throws MigrateException, SQLException {
        SqlStatement only = unit.get(0);
        // an enum value added in autocommit could run and die unrecorded, and fail on every re-run: keep it inside
        boolean outside = unit.size() == 1 && only.needsNoTransaction() && !only.addsEnumValue();
        for (int attempt = 1; ; attempt++) {
            try {
                if (outside) {
                    if (!prepareOutside(c, only, resuming)) {
                        try (Statement s = Attempts.verbatim(c)) {
                            s.execute(only.sql());
                        }
                    }
                    bookkeeping.done(c, units, doneChecksum);
                    return;
                }
                c.setAutoCommit(false);
                try (Statement s = Attempts.verbatim(c)) {
                    for (SqlStatement st : unit) {
                        only = st;
                        if (!st.opensTransaction() && !st.closesTransaction()) {
                            s.execute(st.sql());
                        }
                    }
                }
                bookkeeping.done(c, units, doneChecksum);
                c.commit();
                return;
            } catch (SQLException e) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                if (attempts.retry(e, attempt, file)) {
                    continue;
                }
                throw attempts.failed(
                        file,
                        new Failure(only, e, null),
                        "Every statement before this one is committed and recorded; a re-run" + " resumes here.");
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Before a statement that runs outside any transaction: an INVALID index left by a failed
     * {@code CREATE INDEX CONCURRENTLY} is dropped so the build can run again; and when resuming, a build or a
     * drop that had finished just before the process died is not repeated. Returns true to skip the statement.
     */
    private boolean prepareOutside(Connection c, SqlStatement st, boolean resuming) throws SQLException {
        if (!attempts.target().database().buildsIndexesConcurrently()) {
            return false;
        }
        IndexName index = st.concurrentIndex();
        if (index != null) {
            Boolean valid = indexValid(c, index);
            if (Boolean.FALSE.equals(valid)) {
                attempts.progress()
                        .note("  index " + index
                                + " is INVALID (a failed concurrent build): dropping and rebuilding it");
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index.quoted());
                }
                return false;
            }
            return resuming && Boolean.TRUE.equals(valid);
        }
        IndexName dropped = st.concurrentlyDroppedIndex();
        return resuming && dropped != null && indexValid(c, dropped) == null;
    }

    private static Boolean indexValid(Connection c, IndexName index) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT i.indisvalid FROM pg_class k JOIN pg_index i"
                + " ON i.indexrelid = k.oid WHERE k.relname = ? AND k.relnamespace = (SELECT n.oid FROM"
                + " pg_namespace n WHERE n.nspname = coalesce(?, current_schema()))")) {
            p.setString(1, index.name());
            p.setString(2, index.schema());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getBoolean(1) : null;
            }
        }
    }

    /** Groups statements into units: a BEGIN ... COMMIT block of the file's own, or one statement. */
    static List<List<SqlStatement>> units(List<SqlStatement> statements) {
        List<List<SqlStatement>> units = new ArrayList<>();
        List<SqlStatement> block = null;
        for (SqlStatement st : statements) {
            if (block != null) {
                block.add(st);
                if (st.closesTransaction()) {
                    units.add(block);
                    block = null;
                }
            } else if (st.opensTransaction()) {
                block = new ArrayList<>(List.of(st));
            } else {
                units.add(List.of(st));
            }
        }
        if (block != null) {
            units.add(block);
        }
        return units;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object cloneOf(MessageDigest d) {
        try {
            return d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
