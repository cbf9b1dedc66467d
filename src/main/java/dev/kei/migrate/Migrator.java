package dev.kei.migrate;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
        this.history = new HistoryTable(target.runtime());
        this.command = command;
    }

    /** Where every migration stands. Reads only; takes no lock. */
    public Status status() throws MigrateException {
        // a server is connected to while the folder is read; a database file is not, as connecting creates it
        EarlyConnection connecting = target.file().isEmpty() ? EarlyConnection.start(target) : null;
        List<MigrationFile> files;
        try {
            files = MigrationDirectory.read(dir);
        } catch (MigrateException | RuntimeException e) {
            if (connecting != null) {
                connecting.abandon();
            }
            throw e;
        }
        try (Connection c = connecting != null ? connecting.take() : target.connect()) {
            return Status.of(files, history.read(c));
        } catch (SQLException e) {
            throw database("read the migration history", e);
        }
    }

    /** Applies the pending migrations {@code options} ask for, unchecked ({@link Preflight#NONE}); returns how many ran. */
    public int up(UpOptions options) throws MigrateException {
        return up(options, Preflight.NONE);
    }

    /**
     * Applies the pending migrations {@code options} ask for, once {@code preflight} let them all (it sees every file
     * before the first runs, so a refusal runs nothing); returns how many ran.
     */
    public int up(UpOptions options, Preflight preflight) throws MigrateException {
        List<MigrationFile> files = MigrationDirectory.read(dir);
        UpChecks.refuseUnnamedConcurrentBuilds(files);
        UpChecks.refuseBadBackfills(files);
        if (options.dryRun()) {
            Status status = status();
            UpChecks.refusePartlyReverted(status, command);
            UpChecks.refuseOutOfOrder(status, options.outOfOrder(), command);
            UpPlan plan = UpPlan.of(status, options);
            if (preflight.appliesTo(target.database())) {
                try (Connection c = target.connect()) {
                    preflight.check(c, applied(status), plan.run(), progress);
                } catch (SQLException e) {
                    throw database("read the database's catalogue", e);
                }
            }
            DryRun.up(plan, status, out);
            noteHeldBack(plan);
            return 0;
        }
        try (MigrationLock lock = lock()) {
            Connection c = lock.connection();
            history.create(c);
            Status status = Status.of(files, history.read(c));
            UpChecks.refusePartlyReverted(status, command);
            UpChecks.refuseDrift(status, options.allowDrift(), command);
            UpChecks.refuseOutOfOrder(status, options.outOfOrder(), command);
            UpPlan plan = UpPlan.of(status, options);
            List<MigrationFile> todo = plan.run();
            if (preflight.appliesTo(target.database())) {
                preflight.check(c, applied(status), todo, progress);
            }
            new ExecutorChain(target, settings, progress, history, command + " up").up(c, todo, status.rows());
            progress.finished("Applied", todo.size());
            noteHeldBack(plan);
            return todo.size();
        } catch (SQLException | IOException e) {
            throw database("apply migrations", e);
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
            DryRun.down(DownPlan.newestFirst(status(), files, count, dir, command), out);
            return 0;
        }
        try (MigrationLock lock = lock()) {
            Connection c = lock.connection();
            history.create(c);
            Status status = Status.of(files, history.read(c));
            List<MigrationFile> todo = DownPlan.newestFirst(status, files, count, dir, command);
            for (int i = 0; i < todo.size(); i++) {
                MigrationFile m = todo.get(i);
                progress.migrating(i + 1, todo.size(), "down", m);
                // a re-run after a failure here reverts what is left: this file and the ones after it
                new ExecutorChain(target, settings, progress, history, command + " down " + (todo.size() - i))
                        .down(c, m, status.rows().get(m.version()));
            }
            progress.finished("Reverted", todo.size());
            return todo.size();
        } catch (SQLException | IOException e) {
            throw database("revert migrations", e);
        }
    }

    private static List<MigrationFile> applied(Status status) {
        return status.entries().stream()
                .filter(e -> e.state() == Status.State.APPLIED || e.state() == Status.State.DRIFT)
                .map(Status.Entry::file)
                .toList();
    }

    private void noteHeldBack(UpPlan plan) {
        if (!plan.heldBack().isEmpty()) {
            progress.note(ContractStep.heldBack(plan.heldBack(), command));
        }
    }

    private MigrationLock lock() throws SQLException, IOException, MigrateException {
        return MigrationLock.acquire(
                target,
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
