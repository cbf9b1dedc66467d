package dev.kei.migrate;

import java.util.List;

/**
 * What {@code up} refuses before it runs anything (exit 2): an unnamed concurrent index build, a partly reverted
 * migration, checksum drift.
 */
final class UpChecks {
    private UpChecks() {}

    /**
     * A {@code CREATE INDEX CONCURRENTLY} without a name cannot be resumed safely: after a crash nobody can tell
     * whether the build finished, and a re-run builds a second index. Seed 003 asks for explicit names anyway.
     */
    static void refuseUnnamedConcurrentBuilds(List<MigrationFile> files) throws MigrateException {
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

    /** A {@code -- kei:backfill} marker with bad values or before anything but one UPDATE of one table. */
    static void refuseBadBackfills(List<MigrationFile> files) throws MigrateException {
        for (MigrationFile m : files) {
            Backfill.of(m);
        }
    }

    /**
     * A migration whose down stopped part-way is neither applied nor reverted: running up over it would repeat
     * statements whose effects are half undone. The down resumes; then up can run it again.
     */
    static void refusePartlyReverted(Status status, String command) throws MigrateException {
        for (Status.Entry e : status.entries()) {
            if (e.state() == Status.State.REVERTING) {
                throw MigrateException.usage(
                        "Migration " + e.id() + " is partly reverted: its down stopped after unit "
                                + e.row().revertedUnits() + "; nothing was applied.",
                        "Fix its down file and finish reverting it (it resumes there): " + command + " down 1");
            }
        }
    }

    /**
     * A pending file older than the newest migration in the history would run after newer ones that may depend on
     * what it changes (a branch merged late): applied silently, the order differs from every other database's.
     * Flyway refuses the same way unless {@code outOfOrder}.
     */
    static void refuseOutOfOrder(Status status, boolean allowed, String command) throws MigrateException {
        String newest = status.rows().keySet().stream().max(String::compareTo).orElse(null);
        if (allowed || newest == null) {
            return;
        }
        for (Status.Entry e : status.entries()) {
            boolean pending = e.state() == Status.State.PENDING || e.state() == Status.State.WAITING_FOR_CONTRACT;
            if (pending && e.version().compareTo(newest) < 0) {
                throw MigrateException.usage(
                        "Migration " + e.id() + " is older than " + newest + ", which has already run: applying it"
                                + " now would run it out of order; nothing was applied.",
                        "If it does not depend on the newer ones, run: " + command + " up --out-of-order; otherwise"
                                + " give it a newer timestamp (" + command + " create NAME, then move its SQL).");
            }
        }
    }

    /** An applied file edited since it ran, unless {@code --allow-drift}; {@code command} is for the next step. */
    static void refuseDrift(Status status, boolean allowDrift, String command) throws MigrateException {
        if (!status.drifted().isEmpty() && !allowDrift) {
            throw MigrateException.usage(
                    "Applied migration " + status.drifted().get(0).id() + " was edited after it"
                            + " ran (checksum drift); " + status.drifted().size()
                            + " file(s) differ from the history.",
                    "Restore the file from version control, or if the edit is intended run: " + command
                            + " up --allow-drift");
        }
    }
}
