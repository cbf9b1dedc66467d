package dev.kei.migrate;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kei-migrate's facade (Flyway's shape): {@link #status}, {@link #up}, {@link #down}, each under the migration
 * lock, with the history table kept in step with the database. Every migration file runs in one transaction with
 * its history row, or statement by statement with its progress recorded (see {@link TransactionRunner},
 * {@link UnitRunner} and {@link Pipeline}).
 */
public final class Migrator {
    private final Target target;
    private final Path dir;
    private final Settings settings;
    private final Progress progress;
    private final HistoryTable history;
    private final String command;
    private final java.io.PrintStream out;

    /**
     * {@code command} is how the user calls kei-migrate for this database, for the next-step lines of errors;
     * {@code out} gets what a dry run would do, {@code progress} goes to stderr.
     */
    public Migrator(
            Target target, Path dir, Settings settings, Progress progress, String command, java.io.PrintStream out) {
        this.out = out;
        this.target = target;
        this.dir = dir;
        this.settings = settings;
        this.progress = progress;
        this.history = new HistoryTable(target.kind());
        this.command = command;
    }

    /** Where every migration stands. Reads only; takes no lock. */
    public Status status() throws MigrateException {
        List<MigrationFile> files = MigrationDirectory.read(dir);
        try (Connection c = target.connect()) {
            return Status.of(files, history.read(c));
        } catch (SQLException e) {
            throw database("read the migration history", e);
        }
    }

    /** Applies up to {@code limit} pending migrations (all when {@code limit} is 0); returns how many ran. */
    public int up(int limit, boolean allowDrift, boolean dryRun) throws MigrateException {
        List<MigrationFile> files = MigrationDirectory.read(dir);
        refuseUnnamedConcurrentBuilds(files);
        if (dryRun) {
            Status status = status();
            List<MigrationFile> todo = status.toApply(limit);
            DryRun.up(todo, status, out);
            return 0;
        }
        try (MigrationLock lock = lock()) {
            Connection c = lock.connection();
            history.create(c);
            Status status = Status.of(files, history.read(c));
            if (!status.drifted().isEmpty() && !allowDrift) {
                throw MigrateException.usage(
                        "Applied migration " + status.drifted().get(0).id() + " was edited after it"
                                + " ran (checksum drift); " + status.drifted().size()
                                + " file(s) differ from the history.",
                        "Restore the file from version control, or if the edit is intended run: " + command
                                + " up --allow-drift");
            }
            List<MigrationFile> todo = status.toApply(limit);
            applyAll(c, todo, status.rows());
            progress.finished("Applied", todo.size());
            return todo.size();
        } catch (SQLException | IOException e) {
            throw database("apply migrations", e);
        }
    }

    /**
     * Applies {@code todo} in order. On PostgreSQL runs of files that never ran go through {@link Pipeline}; a file
     * that failed there, and every other file, goes through {@link #apply}.
     */
    private void applyAll(Connection c, List<MigrationFile> todo, Map<String, HistoryRow> rows)
            throws MigrateException, SQLException {
        Attempts attempts = new Attempts(target, settings, progress, command + " up");
        TransactionRunner whole = new TransactionRunner(attempts);
        UnitRunner stepwise = new UnitRunner(attempts);
        Pipeline pipeline = target.kind() == DatabaseUrl.Kind.POSTGRESQL ? new Pipeline(settings, history) : null;
        int i = 0;
        while (i < todo.size()) {
            int n = pipeline == null ? 0 : pipeline.length(todo, i, rows);
            SQLException failedInPipeline = null;
            if (n > 0) {
                List<MigrationFile> run = todo.subList(i, i + n);
                progress.migrating(i + 1, todo.size(), run);
                Pipeline.Outcome outcome = pipeline.run(c, run);
                i += outcome.committed();
                if (outcome.committed() == n) {
                    continue;
                }
                failedInPipeline = outcome.failure();
                if (n > 1) {
                    progress.note("  " + todo.get(i).id() + " failed; it was rolled back, and the files after it"
                            + " in the round trip did not run");
                    progress.migrating(i + 1, todo.size(), "up", todo.get(i));
                }
            } else {
                progress.migrating(i + 1, todo.size(), "up", todo.get(i));
            }
            MigrationFile m = todo.get(i++);
            apply(c, whole, stepwise, m, rows.get(m.version()), failedInPipeline);
        }
    }

    private void apply(
            Connection c,
            TransactionRunner whole,
            UnitRunner stepwise,
            MigrationFile m,
            HistoryRow failed,
            SQLException failedInPipeline)
            throws MigrateException, SQLException {
        long start = System.nanoTime();
        String file = m.up().getFileName().toString();
        if (!m.noTransaction()) {
            Bookkeeping recorded = new Bookkeeping() {
                @Override
                public void done(Connection conn, int units, String doneChecksum) throws SQLException {
                    history.insert(conn, m, ms(start), true, units, null);
                }

                @Override
                public String sql(int units) {
                    return history.insertSql(m, units);
                }
            };
            whole.inTransaction(c, m.id(), file, m.statements(), recorded, failedInPipeline);
            return;
        }
        int from = 0;
        if (failed != null) {
            from = failed.step();
            String expected = UnitRunner.doneChecksum(m.statements(), from);
            if (failed.doneChecksum() != null && !failed.doneChecksum().equals(expected)) {
                throw MigrateException.usage(
                        "Migration " + file + " stopped after statement unit " + from + ", and"
                                + " the statements before that point changed since.",
                        "Restore those statements (they already" + " ran), then run: " + command + " up");
            }
            progress.note("  resuming " + m.id() + " after unit " + from);
        } else {
            c.setAutoCommit(true);
            history.insert(c, m, 0, false, 0, UnitRunner.doneChecksum(m.statements(), 0));
        }
        int total = UnitRunner.units(m.statements()).size();
        stepwise.unitByUnit(
                c,
                m.id(),
                file,
                m.statements(),
                from,
                failed != null,
                (conn, units, done) -> history.progress(
                        conn,
                        m.version(),
                        m.checksum(),
                        ms(start),
                        units == total,
                        units,
                        done == null ? UnitRunner.doneChecksum(m.statements(), units) : done));
    }

    /**
     * A {@code CREATE INDEX CONCURRENTLY} without a name cannot be resumed safely: after a crash nobody can tell
     * whether the build finished, and a re-run builds a second index. Seed 003 asks for explicit names anyway.
     */
    private static void refuseUnnamedConcurrentBuilds(List<MigrationFile> files) throws MigrateException {
        for (MigrationFile m : files) {
            for (SqlStatement st : m.statements()) {
                if (st.unnamedConcurrentBuild()) {
                    throw MigrateException.usage(
                            "Migration " + m.up().getFileName() + " builds an index"
                                    + " CONCURRENTLY without a name (line " + st.line() + ").",
                            "Name it (CREATE INDEX"
                                    + " CONCURRENTLY idx_<table>_<columns> ON ...): a named build can be resumed after a"
                                    + " crash, an unnamed one would be built twice.");
                }
            }
        }
    }

    /** Reverts the {@code count} most recent migrations, newest first; refuses before anything runs if one can't. */
    public int down(int count, boolean dryRun) throws MigrateException {
        if (count < 1) {
            throw MigrateException.usage(
                    "down needs how many migrations to revert, at least 1.", "Run: " + command + " down 1");
        }
        List<MigrationFile> files = MigrationDirectory.read(dir);
        if (dryRun) {
            DryRun.down(revertable(status(), files, count), out);
            return 0;
        }
        try (MigrationLock lock = lock()) {
            Connection c = lock.connection();
            history.create(c);
            Status status = Status.of(files, history.read(c));
            List<MigrationFile> todo = revertable(status, files, count);
            Attempts attempts = new Attempts(target, settings, progress, command + " down " + count);
            TransactionRunner whole = new TransactionRunner(attempts);
            UnitRunner stepwise = new UnitRunner(attempts);
            int i = 0;
            for (MigrationFile m : todo) {
                progress.migrating(++i, todo.size(), "down", m);
                MigrationFile.Down down = m.down().orElseThrow();
                String file = down.file().getFileName().toString();
                if (down.noTransaction()) {
                    stepwise.unitByUnit(c, m.id(), file, down.statements(), 0, false, (conn, units, done) -> {});
                    history.delete(c, m.version());
                } else {
                    whole.inTransaction(
                            c,
                            m.id(),
                            file,
                            down.statements(),
                            (conn, units, done) -> history.delete(conn, m.version()));
                }
            }
            progress.finished("Reverted", todo.size());
            return todo.size();
        } catch (SQLException | IOException e) {
            throw database("revert migrations", e);
        }
    }

    private List<MigrationFile> revertable(Status status, List<MigrationFile> files, int count)
            throws MigrateException {
        List<HistoryRow> applied = new ArrayList<>(status.rows().values());
        if (applied.isEmpty()) {
            throw MigrateException.usage(
                    "No migration has been applied; there is nothing to revert.",
                    "See where things stand: " + command + " status");
        }
        List<MigrationFile> todo = new ArrayList<>();
        for (int i = applied.size() - 1; i >= 0 && todo.size() < count; i--) {
            HistoryRow row = applied.get(i);
            MigrationFile m = files.stream()
                    .filter(f -> f.version().equals(row.version()))
                    .findFirst()
                    .orElseThrow(() -> MigrateException.usage(
                            "Applied migration " + row.version() + "_" + row.name() + " has no" + " file in " + dir
                                    + ".",
                            "Restore it from version control, then run the command again."));
            if (m.down().isEmpty()) {
                throw MigrateException.usage(
                        "Migration " + m.id() + " has no down file; nothing was reverted.",
                        "Write " + m.id() + ".down.sql, then run the command again.");
            }
            if (m.down().get().irreversible()) {
                throw MigrateException.failure(
                        "Migration " + m.id() + " is IRREVERSIBLE; nothing was reverted.",
                        "Its down file refuses on purpose (the table holds data). Restore from a backup instead.");
            }
            todo.add(m);
        }
        return todo;
    }

    private MigrationLock lock() throws SQLException, IOException, MigrateException {
        Path sqliteFile = target instanceof UrlTarget && target.kind() == DatabaseUrl.Kind.SQLITE
                ? Path.of(target.shown().substring("sqlite:".length()))
                : null;
        return MigrationLock.acquire(
                target,
                sqliteFile,
                settings.lockWait(),
                () -> progress.note("Waiting for another kei-migrate to release the migration lock..."));
    }

    private MigrateException database(String what, Exception e) {
        String message = e instanceof SQLException s && s.getSQLState() != null
                ? target.scrub(e.getMessage()) + " (SQL State " + s.getSQLState() + ")"
                : target.scrub(String.valueOf(e.getMessage()));
        return MigrateException.failure(
                "Could not " + what + " on " + target.shown() + ": " + message,
                "Check that the database is reachable and the user may change it, then run the command again.");
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
