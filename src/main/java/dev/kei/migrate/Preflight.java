package dev.kei.migrate;

import dev.kei.db.Database;
import java.sql.Connection;
import java.util.List;

/**
 * What {@code up} asks before it runs anything: may these pending files run on this database? kei-migrate's is the
 * linter ({@code dev.kei.lint.LintGate}); it lives outside this package so that running migrations does not depend
 * on judging them. A refusal throws, and nothing has run.
 */
public interface Preflight {
    /** Lets everything run: for throwaway databases (verify), which are empty. */
    Preflight NONE = new Preflight() {
        @Override
        public boolean appliesTo(Database database) {
            return false;
        }

        @Override
        public void check(Connection c, List<MigrationFile> applied, List<MigrationFile> todo, Progress progress) {}
    };

    /** Whether it judges files for {@code database}: up connects for it only then (a SQLite file would be created). */
    boolean appliesTo(Database database);

    /**
     * Judges {@code todo}, the files this up would run in order, on the database behind {@code c}.
     *
     * @param applied the up files already applied, oldest first: the schema the pending ones start from
     * @param progress where warnings go (stderr)
     */
    void check(Connection c, List<MigrationFile> applied, List<MigrationFile> todo, Progress progress)
            throws MigrateException;
}
