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
import java.util.regex.Pattern;

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
    private static final Pattern NOT_IN_NAME = Pattern.compile("[^a-z0-9_]");

    /** What runs with the last unit's transaction (the history row), or after an autocommitted unit. */
    interface Bookkeeping {
        void done(Connection c, int units, String doneChecksum) throws SQLException;

        /**
         * The same bookkeeping as one statement of validated literals, to travel with the file's own statements
         * in their round trip; null when it has none.
         */
        default String sql(int units) {
            return null;
        }
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

    /**
     * Runs every statement and then {@code bookkeeping} in one transaction. On PostgreSQL the session settings and
     * the whole file go in one round trip; if that fails, the transaction is rolled back and the file runs again
     * statement by statement, in a transaction that is rolled back too, to name the statement that fails.
     */
    void inTransaction(Connection c, String id, String file, List<SqlStatement> statements, Bookkeeping bookkeeping)
            throws MigrateException, SQLException {
        boolean oneScript = target.kind() == DatabaseUrl.Kind.POSTGRESQL && !statements.isEmpty();
        String inline = oneScript ? bookkeeping.sql(statements.size()) : null;
        for (int attempt = 1; ; attempt++) {
            c.setAutoCommit(false);
            try {
                Failure failure = oneScript ? asOneScript(c, id, statements, inline) : oneByOne(c, id, statements);
                if (failure == null) {
                    if (inline == null) {
                        bookkeeping.done(c, statements.size(), null);
                    }
                    c.commit();
                    return;
                }
                c.rollback();
                if (retry(failure.error(), attempt, file)) {
                    continue;
                }
                if (oneScript) {
                    progress.note("  " + file + " failed; running it again statement by statement, then rolling"
                            + " back, to name the statement");
                    failure = locate(c, id, statements, failure.error());
                }
                throw failed(file, failure, "Nothing was committed.");
            } catch (SQLException e) {
                c.rollback();
                if (retry(e, attempt, file)) {
                    continue;
                }
                throw failed(file, null, e, "Nothing was committed.");
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** A failed statement (null when it can't be told) and its error; {@code unnamed} says why none is named. */
    private record Failure(SqlStatement statement, SQLException error, String unnamed) {}

    /**
     * The session settings and every statement in one execute, which the driver sends as one pipeline: a newline
     * before each semicolon, so that a statement ending in a line comment can't hide it. Null when all went well.
     */
    private Failure asOneScript(Connection c, String id, List<SqlStatement> statements, String bookkeeping)
            throws SQLException {
        StringBuilder script = new StringBuilder(session(id, true));
        for (SqlStatement st : statements) {
            script.append(st.sql()).append("\n;\n");
        }
        if (bookkeeping != null) {
            script.append(bookkeeping).append(";\n");
        }
        try (Statement s = c.createStatement()) {
            s.execute(script.toString());
            return null;
        } catch (SQLException e) {
            return new Failure(null, e, null);
        }
    }

    /** One execute per statement, the session settings going with the first. Null when all went well. */
    private Failure oneByOne(Connection c, String id, List<SqlStatement> statements) throws SQLException {
        String settings = session(id, true);
        try (Statement s = c.createStatement()) {
            for (SqlStatement st : statements) {
                try {
                    s.execute(settings + st.sql());
                } catch (SQLException e) {
                    return new Failure(st, e, null);
                }
                settings = "";
            }
            if (!settings.isEmpty()) {
                s.execute(settings);
            }
        }
        return null;
    }

    /**
     * Names the statement of a file that failed as one script: runs it again one statement at a time, in a
     * transaction that is always rolled back. If it passes this time, the failure came from outside the file.
     */
    private Failure locate(Connection c, String id, List<SqlStatement> statements, SQLException first)
            throws SQLException {
        try {
            Failure again = oneByOne(c, id, statements);
            return again != null
                    ? again
                    : new Failure(
                            null,
                            first,
                            "not named (the file passed when run again statement by statement, then rolled back:"
                                    + " the failure came from outside it, e.g. a deadlock)");
        } finally {
            c.rollback();
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
        try (Statement s = c.createStatement()) {
            String settings = session(id, false);
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

    /** The session settings of seed 003 as statements ending in semicolons, on PostgreSQL; empty otherwise. */
    private String session(String id, boolean local) {
        if (target.kind() != DatabaseUrl.Kind.POSTGRESQL) {
            return "";
        }
        String set = local ? "SET LOCAL " : "SET ";
        return set + "lock_timeout = '" + settings.lockTimeout() + "';\n"
                + set + "statement_timeout = '" + settings.statementTimeout() + "';\n"
                + set + "idle_in_transaction_session_timeout = '" + settings.idleInTransactionTimeout() + "';\n"
                + set + "application_name = 'kei-migrate:"
                + NOT_IN_NAME.matcher(id).replaceAll("") + "';\n";
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
        return failed(file, new Failure(st, e, null), committed);
    }

    private MigrateException failed(String file, Failure failure, String committed) {
        SqlStatement st = failure.statement();
        SQLException e = failure.error();
        StringBuilder details = new StringBuilder();
        if (st != null) {
            details.append("  Statement : ").append(target.scrub(st.shown())).append('\n');
            details.append("  Line      : ").append(st.line()).append('\n');
        } else if (failure.unnamed() != null) {
            details.append("  Statement : ").append(failure.unnamed()).append('\n');
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
