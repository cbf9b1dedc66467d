package dev.kei.migrate;

import dev.kei.migrate.Attempts.Failure;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Runs one migration script in one transaction with its history change, so the file and its history row commit
 * together or not at all (seed 003, "atomicity or death"). Files that cannot run in a transaction go to
 * {@link UnitRunner}; runs of files that never ran go to PostgreSQL together through {@link Pipeline} first, and a
 * file that failed there comes here for its retries and its error.
 */
final class TransactionRunner implements MigrationExecutor {
    private final Attempts attempts;
    private final HistoryTable history;

    TransactionRunner(Attempts attempts, HistoryTable history) {
        this.attempts = attempts;
        this.history = history;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /** One file at a time, when it may run in a transaction. */
    @Override
    public int length(List<MigrationFile> todo, int from, Map<String, HistoryRow> rows) {
        return todo.get(from).noTransaction() ? 0 : 1;
    }

    @Override
    public int up(Connection c, List<MigrationFile> todo, int from, int count, Map<String, HistoryRow> rows)
            throws MigrateException, SQLException {
        MigrationFile m = todo.get(from);
        attempts.progress().migrating(from + 1, todo.size(), "up", m);
        apply(c, m, null);
        return 1;
    }

    /**
     * Applies {@code m} with its history row in one transaction; {@code failedInPipeline} is its error from a
     * {@link Pipeline} run (its first attempt), or null.
     */
    void apply(Connection c, MigrationFile m, SQLException failedInPipeline) throws MigrateException, SQLException {
        long start = System.nanoTime();
        Bookkeeping recorded = new Bookkeeping() {
            @Override
            public void done(Connection conn, int units, String doneChecksum) throws SQLException {
                history.insert(conn, m, Attempts.ms(start), true, units, null);
            }

            @Override
            public String sql(int units) {
                return history.insertSql(m, units);
            }
        };
        inTransaction(c, m.id(), m.up().getFileName().toString(), m.statements(), recorded, failedInPipeline);
    }

    /** Reverts {@code m} by its down file and deletes its history row, in one transaction. */
    @Override
    public void down(Connection c, MigrationFile m, HistoryRow row) throws MigrateException, SQLException {
        MigrationFile.Down down = m.down().orElseThrow();
        inTransaction(
                c,
                m.id(),
                down.file().getFileName().toString(),
                down.statements(),
                (conn, units, done) -> history.delete(conn, m.version()));
    }

    /**
     * Runs every statement and then {@code bookkeeping} in one transaction. On PostgreSQL the session settings and
     * the whole file go in one round trip; if that fails, the transaction is rolled back and the file runs again
     * statement by statement, in a transaction that is rolled back too, to name the statement that fails.
     */
    void inTransaction(Connection c, String id, String file, List<SqlStatement> statements, Bookkeeping bookkeeping)
            throws MigrateException, SQLException {
        inTransaction(c, id, file, statements, bookkeeping, null);
    }

    /**
     * The same, for a file that already ran once as one script in a {@link Pipeline} and failed with
     * {@code failedInPipeline} (rolled back): that counts as its first attempt, so a lock timeout is retried and
     * any other error is named, as if it had failed here.
     */
    void inTransaction(
            Connection c,
            String id,
            String file,
            List<SqlStatement> statements,
            Bookkeeping bookkeeping,
            SQLException failedInPipeline)
            throws MigrateException, SQLException {
        boolean oneScript = attempts.target().runtime().scriptInOneCall() && !statements.isEmpty();
        String inline = oneScript ? bookkeeping.sql(statements.size()) : null;
        for (int attempt = 1; ; attempt++) {
            c.setAutoCommit(false);
            try {
                Failure failure = attempt == 1 && failedInPipeline != null
                        ? new Failure(null, failedInPipeline, null)
                        : oneScript ? asOneScript(c, id, statements, inline) : oneByOne(c, id, statements);
                if (failure == null) {
                    if (inline == null) {
                        bookkeeping.done(c, statements.size(), null);
                    }
                    c.commit();
                    return;
                }
                c.rollback();
                if (attempts.retry(failure.error(), attempt, file)) {
                    continue;
                }
                if (failure.statement() == null) { // it ran as one script: the error does not say which statement
                    attempts.progress()
                            .note("  " + file + " failed; running it again statement by statement, then rolling"
                                    + " back, to name the statement");
                    failure = locate(c, id, statements, failure.error());
                }
                throw attempts.failed(file, failure, "Nothing of this file was committed.");
            } catch (SQLException e) {
                c.rollback();
                if (attempts.retry(e, attempt, file)) {
                    continue;
                }
                throw attempts.failed(file, new Failure(null, e, null), "Nothing of this file was committed.");
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * One file as one script, which the driver sends as one pipeline: the session settings, every statement with a
     * newline before its semicolon (so a statement ending in a line comment can't hide it), then the bookkeeping
     * statement if there is one. {@link Pipeline} writes each of its files the same way.
     */
    static StringBuilder appendScript(
            StringBuilder script, String session, List<SqlStatement> statements, String bookkeeping) {
        script.append(session);
        for (SqlStatement st : statements) {
            script.append(st.sql()).append("\n;\n");
        }
        if (bookkeeping != null) {
            script.append(bookkeeping).append(";\n");
        }
        return script;
    }

    /** The file as one script in one execute (see {@link #appendScript}). Null when all went well. */
    private Failure asOneScript(Connection c, String id, List<SqlStatement> statements, String bookkeeping)
            throws SQLException {
        StringBuilder script = appendScript(new StringBuilder(), attempts.session(id, true), statements, bookkeeping);
        try (Statement s = Attempts.verbatim(c)) {
            s.execute(script.toString());
            return null;
        } catch (SQLException e) {
            return new Failure(null, e, null);
        }
    }

    /** One execute per statement, the session settings going with the first. Null when all went well. */
    private Failure oneByOne(Connection c, String id, List<SqlStatement> statements) throws SQLException {
        String settings = attempts.session(id, true);
        try (Statement s = Attempts.verbatim(c)) {
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
}
