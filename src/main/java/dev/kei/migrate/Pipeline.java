package dev.kei.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends a run of consecutive transactional migrations to PostgreSQL in one round trip. Each file is still its own
 * transaction ({@code BEGIN}, its {@code SET LOCAL}s, its statements, its history row, {@code COMMIT}); the files
 * only travel together, so the server starts on the next file without waiting for the client to read the last
 * one's result and send the next. On small files that wait is a large part of the time (see BENCHMARKS.md).
 *
 * <p>Why a failure stays safe: the driver sends the whole text as one pipeline ended by a single Sync, and after an
 * error PostgreSQL skips every message up to that Sync. So the files before the failing one are committed with
 * their history rows, the failing one is rolled back, and the ones after it never run. {@link #run} then says how
 * many committed, read back from the history, and the failing file's error goes to the careful path
 * ({@link TransactionRunner#inTransaction}) as its first attempt: a lock timeout is retried there, any other error is
 * named there.
 * {@code PipelineTest} pins this behaviour of the driver and the server.
 */
final class Pipeline implements MigrationExecutor {
    /** Files per round trip: the gain levels off after a few, and a long run would only delay progress lines. */
    static final int MAX_FILES = 16;
    /**
     * Statements per round trip. Past about 250 the driver stops mid-way to drain results: still safe (PipelineTest
     * shows a failure stops the rest there too), but no faster, and a shorter text fails over sooner.
     */
    static final int MAX_STATEMENTS = 120;

    private final Settings settings;
    private final HistoryTable history;
    private final TransactionRunner careful;
    private final Progress progress;

    /** A pipeline that only measures runs ({@link #length}) and sends them ({@link #run}). */
    Pipeline(Settings settings, HistoryTable history) {
        this(settings, history, null, null);
    }

    /** {@code careful} takes a file that failed in a run, for its retries and its error. */
    Pipeline(Settings settings, HistoryTable history, TransactionRunner careful, Progress progress) {
        this.settings = settings;
        this.history = history;
        this.careful = careful;
        this.progress = progress;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /**
     * Sends the run in one round trip; when a file of it fails, the files before it stay committed and that file
     * goes to the careful path with its error as its first attempt. The files after it are left to the caller.
     */
    @Override
    public int up(Connection c, List<MigrationFile> todo, int from, int count, Map<String, HistoryRow> rows)
            throws MigrateException, SQLException {
        List<MigrationFile> files = todo.subList(from, from + count);
        progress.migrating(from + 1, todo.size(), files);
        Outcome outcome = run(c, files);
        if (outcome.committed() == count) {
            return count;
        }
        int failed = from + outcome.committed();
        if (count > 1) {
            progress.note("  " + todo.get(failed).id() + " failed; it was rolled back, and the files after it"
                    + " in the round trip did not run");
            progress.migrating(failed + 1, todo.size(), "up", todo.get(failed));
        }
        careful.apply(c, todo.get(failed), outcome.failure());
        return outcome.committed() + 1;
    }

    /** Downs never travel together: each runs in its own transaction. */
    @Override
    public void down(Connection c, MigrationFile m, HistoryRow row) throws MigrateException, SQLException {
        careful.down(c, m, row);
    }

    /**
     * How many of {@code todo}, from {@code from} on, may travel together: transactional files that never ran
     * (no history row) and whose history row can be written as literals, within the limits. Zero when the file
     * at {@code from} can't (it runs statement by statement, or it resumes).
     */
    @Override
    public int length(List<MigrationFile> todo, int from, Map<String, HistoryRow> rows) {
        int files = 0;
        int statements = 0;
        for (int i = from; i < todo.size() && files < MAX_FILES; i++) {
            MigrationFile m = todo.get(i);
            statements += m.statements().size();
            if (m.noTransaction()
                    || m.statements().isEmpty()
                    || rows.containsKey(m.version())
                    || !history.inlinable(m)
                    || (files > 0 && statements > MAX_STATEMENTS)) {
                break;
            }
            files++;
        }
        return files;
    }

    /**
     * What a run did: how many files committed (all, or those before the one that failed) and, when one failed,
     * its error (its transaction was rolled back).
     */
    record Outcome(int committed, SQLException failure) {}

    /** Runs {@code files}, each in its own transaction with its history row, in one round trip. */
    Outcome run(Connection c, List<MigrationFile> files) throws SQLException {
        StringBuilder script = new StringBuilder();
        for (MigrationFile m : files) {
            script.append("BEGIN;\n");
            TransactionRunner.appendScript(
                    script,
                    settings.postgresStatements(m.id(), true),
                    m.statements(),
                    history.insertSql(m, m.statements().size()));
            script.append("COMMIT;\n");
        }
        c.setAutoCommit(true); // the script's own BEGIN and COMMIT delimit each file's transaction
        try (Statement s = Attempts.verbatim(c)) {
            s.execute(script.toString());
            return new Outcome(files.size(), null);
        } catch (SQLException e) {
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK"); // the failed file's transaction block, left open and aborted
            } catch (SQLException rollback) {
                e.addSuppressed(rollback); // the connection is gone: the file's own error says why
                throw e;
            }
            return new Outcome(committed(c, files), e);
        }
    }

    /** How many of {@code files}, in order, have their history row: the ones that committed. */
    private int committed(Connection c, List<MigrationFile> files) throws SQLException {
        Set<String> recorded = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT version FROM " + history.table(c) + " WHERE version >= ? AND version <= ?")) {
            p.setString(1, files.get(0).version());
            p.setString(2, files.get(files.size() - 1).version());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    recorded.add(rs.getString(1));
                }
            }
        }
        int n = 0;
        while (n < files.size() && recorded.contains(files.get(n).version())) {
            n++;
        }
        for (int i = n; i < files.size(); i++) {
            if (recorded.contains(files.get(i).version())) {
                // cannot happen while the server skips to the Sync after an error; never carry on past it
                throw new IllegalStateException("migration " + files.get(i).id() + " committed after "
                        + files.get(n).id() + " failed in one pipeline");
            }
        }
        return n;
    }
}
