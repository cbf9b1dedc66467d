package dev.kei.migrate;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * kei-migrate's facade (Flyway's shape): {@link #status}, {@link #up}, {@link #down}, each under the migration
 * lock, with the history table kept in step with the database. The files themselves run through one
 * {@link MigrationExecutor} per kind of file ({@link TransactionRunner}, {@link UnitRunner}, {@link Pipeline}),
 * asked in turn by an {@link ExecutorChain}.
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
            new ExecutorChain(target, settings, progress, history, command + " up").up(c, todo, status.rows());
            progress.finished("Applied", todo.size());
            return todo.size();
        } catch (SQLException | IOException e) {
            throw database("apply migrations", e);
        }
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
            ExecutorChain executors =
                    new ExecutorChain(target, settings, progress, history, command + " down " + count);
            int i = 0;
            for (MigrationFile m : todo) {
                progress.migrating(++i, todo.size(), "down", m);
                executors.down(c, m);
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
}
