package dev.kei.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What both ways of running a migration share ({@link TransactionRunner}, {@link UnitRunner}): the session settings
 * of seed 003, the retry of a statement that hit {@code lock_timeout} (SQLSTATE 55P03) after a pause with jitter,
 * and the error that names the statement that failed.
 */
final class Attempts {
    static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String DEADLOCK = "40P01";
    private static final String QUERY_CANCELED = "57014";

    /** A failed statement (null when it can't be told) and its error; {@code unnamed} says why none is named. */
    record Failure(SqlStatement statement, SQLException error, String unnamed) {}

    private final Target target;
    private final Settings settings;
    private final Progress progress;
    private final String rerun;

    /** {@code rerun} is the command that runs the work again, for the last line of an error. */
    Attempts(Target target, Settings settings, Progress progress, String rerun) {
        this.target = target;
        this.settings = settings;
        this.progress = progress;
        this.rerun = rerun;
    }

    Target target() {
        return target;
    }

    Progress progress() {
        return progress;
    }

    /** The command that runs the work again. */
    String rerun() {
        return rerun;
    }

    /** Milliseconds since {@code start} (a {@link System#nanoTime}), for the history's execution time. */
    static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * A statement for a migration's own SQL, which goes to the server as written: JDBC escape processing would
     * rewrite {@code {fn ...}} or {@code {d '...'}} outside quotes (and costs a pass over every script).
     */
    static Statement verbatim(Connection c) throws SQLException {
        Statement s = c.createStatement();
        s.setEscapeProcessing(false);
        return s;
    }

    /** The session settings as statements ending in semicolons, where the database has them; empty otherwise. */
    String session(String id, boolean local) {
        return target.runtime().sessionSettings() ? settings.postgresStatements(id, local) : "";
    }

    /** Whether to try again after {@code e}: a lock timeout with retries left, after a pause with jitter. */
    boolean retry(SQLException e, int attempt, String file) {
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

    /** The error for a failed file; {@code committed} says what of it stays, for the user's next step. */
    MigrateException failed(String file, Failure failure, String committed) {
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
                "Migration " + file + " failed.", details.toString(), committed + " " + nextStep(e), e);
    }

    /**
     * What to do about {@code e}: most errors are the file's, but a lock another session held, a deadlock with one
     * or a statement timeout are not, and "fix the file" would send the user the wrong way.
     */
    private String nextStep(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return switch (state) {
            case LOCK_NOT_AVAILABLE -> "Another session held a lock this file needs for longer than lock_timeout ("
                    + settings.lockTimeout() + "), on every try. Find it in pg_stat_activity (wait_event_type"
                    + " 'Lock'), let it finish or raise --lock-timeout, then run: " + rerun;
            case DEADLOCK -> "It deadlocked with another session, which PostgreSQL let go on. Run again: " + rerun;
            case QUERY_CANCELED -> "A statement ran longer than statement_timeout (" + settings.statementTimeout()
                    + "). Raise --statement-timeout or make the statement cheaper, then run: " + rerun;
            default -> "Fix the file, then run: " + rerun;
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
