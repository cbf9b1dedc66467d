package dev.kei.migrate;

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
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs one migration script, in one of two ways (seed 003, "atomicity or death"):
 *
 * <ul>
 *   <li>in one transaction with the history change, so the file and its history row commit together or not at
 *       all;
 *   <li>statement by statement, for files that cannot run in a transaction: each statement that may run in a
 *       transaction runs in its own, together with the progress row, and a block of the file's own
 *       {@code BEGIN ... COMMIT} runs as one; statements that cannot (CONCURRENTLY, VACUUM) run on their own and
 *       the progress follows. A re-run resumes after the last unit that finished.
 * </ul>
 *
 * A statement that fails on {@code lock_timeout} (SQLSTATE 55P03) is tried again after a pause with jitter.
 */
final class ScriptRunner {
    static final String LOCK_NOT_AVAILABLE = "55P03";

    /** What runs with the last unit's transaction (the history row), or after an autocommitted unit. */
    interface Bookkeeping {
        void done(Connection c, int units, String doneChecksum) throws SQLException;
    }

    private final Target target;
    private final Settings settings;
    private final Progress progress;
    private final String rerun;

    /** {@code rerun} is the command that runs the work again, for the last line of an error. */
    ScriptRunner(Target target, Settings settings, Progress progress, String rerun) {
        this.target = target;
        this.settings = settings;
        this.progress = progress;
        this.rerun = rerun;
    }

    /** Runs every statement and then {@code bookkeeping} in one transaction. */
    void inTransaction(Connection c, String id, String file, List<SqlStatement> statements, Bookkeeping bookkeeping)
            throws MigrateException, SQLException {
        for (int attempt = 1; ; attempt++) {
            c.setAutoCommit(false);
            SqlStatement current = null;
            try {
                session(c, id, true);
                try (Statement s = c.createStatement()) {
                    for (SqlStatement st : statements) {
                        current = st;
                        s.execute(st.sql());
                    }
                }
                current = null;
                bookkeeping.done(c, statements.size(), null);
                c.commit();
                return;
            } catch (SQLException e) {
                c.rollback();
                if (retry(e, attempt, file)) {
                    continue;
                }
                throw failed(file, current, e, "Nothing was committed.");
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Runs the statements from unit {@code from} on, calling {@code bookkeeping} as each unit finishes. */
    void unitByUnit(
            Connection c,
            String id,
            String file,
            List<SqlStatement> statements,
            int from,
            boolean resuming,
            Bookkeeping bookkeeping)
            throws MigrateException, SQLException {
        List<List<SqlStatement>> units = units(statements);
        c.setAutoCommit(true);
        session(c, id, false);
        MessageDigest done = sha256();
        for (int u = 0; u < units.size(); u++) {
            List<SqlStatement> unit = units.get(u);
            unit.forEach(st -> done.update((st.sql() + "\n").getBytes(StandardCharsets.UTF_8)));
            if (u < from) {
                continue;
            }
            String doneChecksum = HexFormat.of().formatHex(((MessageDigest) cloneOf(done)).digest());
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
                        try (Statement s = c.createStatement()) {
                            s.execute(only.sql());
                        }
                    }
                    bookkeeping.done(c, units, doneChecksum);
                    return;
                }
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
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
                if (retry(e, attempt, file)) {
                    continue;
                }
                throw failed(
                        file,
                        only,
                        e,
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
        if (target.kind() != DatabaseUrl.Kind.POSTGRESQL) {
            return false;
        }
        String index = st.concurrentIndexName();
        if (index != null) {
            Boolean valid = indexValid(c, index);
            if (Boolean.FALSE.equals(valid)) {
                progress.note(
                        "  index " + index + " is INVALID (a failed concurrent build): dropping and rebuilding it");
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX CONCURRENTLY IF EXISTS \"" + index.replace("\"", "\"\"") + "\"");
                }
                return false;
            }
            return resuming && Boolean.TRUE.equals(valid);
        }
        if (resuming
                && st.keywords().startsWith("DROP INDEX CONCURRENTLY")
                && !st.keywords().contains("IF EXISTS")) {
            String[] words = st.keywords().split(" ");
            return words.length > 3 && indexValid(c, words[3].toLowerCase(java.util.Locale.ROOT)) == null;
        }
        return false;
    }

    private static Boolean indexValid(Connection c, String index) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT i.indisvalid FROM pg_class k JOIN pg_index i"
                + " ON i.indexrelid = k.oid WHERE k.relname = ? AND k.relnamespace = current_schema()::regnamespace")) {
            p.setString(1, index);
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

    private void session(Connection c, String id, boolean local) throws SQLException {
        if (target.kind() != DatabaseUrl.Kind.POSTGRESQL) {
            return;
        }
        String set = local ? "SET LOCAL " : "SET ";
        try (Statement s = c.createStatement()) {
            s.execute(set + "lock_timeout = '" + settings.lockTimeout() + "'");
            s.execute(set + "statement_timeout = '" + settings.statementTimeout() + "'");
            s.execute(set + "idle_in_transaction_session_timeout = '" + settings.idleInTransactionTimeout() + "'");
            s.execute(set + "application_name = 'kei-migrate:" + id.replaceAll("[^a-z0-9_]", "") + "'");
        }
    }

    private boolean retry(SQLException e, int attempt, String file) {
        if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || attempt > settings.lockRetries()) {
            return false;
        }
        long pause = Math.min(200L << (attempt - 1), 5000)
                + ThreadLocalRandom.current().nextLong(250);
        progress.note("  " + file + ": lock_timeout (" + settings.lockTimeout() + ") hit, trying again in " + pause
                + " ms (" + attempt + "/" + settings.lockRetries() + ")");
        try {
            Thread.sleep(pause);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    private MigrateException failed(String file, SqlStatement st, SQLException e, String committed) {
        StringBuilder details = new StringBuilder();
        if (st != null) {
            details.append("  Statement : ").append(target.scrub(st.shown())).append('\n');
            details.append("  Line      : ").append(st.line()).append('\n');
        }
        details.append("  SQL State : ").append(e.getSQLState()).append('\n');
        details.append("  Message   : ").append(target.scrub(firstLine(e.getMessage())));
        return MigrateException.statement(
                "Migration " + file + " failed.",
                details.toString(),
                committed + " Fix the file, then run: " + rerun,
                e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
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
