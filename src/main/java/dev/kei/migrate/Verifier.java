package dev.kei.migrate;

import dev.kei.db.Database;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The one verification on a throwaway database ({@code kei-migrate verify}, and db-schema's 5b): every up, a
 * catalogue snapshot, a seed if given, every down (the database must be empty again; a down that is IRREVERSIBLE
 * or missing must refuse, and the downs stop there by design), then optionally every up again (the snapshot must
 * be identical). Differences are reported, not guessed at.
 */
public final class Verifier {
    private final Database database;
    private final Settings settings;
    private final Progress progress;

    public Verifier(Database database, Settings settings, Progress progress) {
        this.database = database;
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Rehearses the migrations in {@code dir}; {@code seed} is a script run after the first up. A failed file or a
     * seed that does not apply is a {@link MigrateException}; differences are the rehearsal's findings.
     */
    public Rehearsal migrations(Path dir, Optional<Script> seed, boolean upAgain) throws Exception {
        List<MigrationFile> files = MigrationDirectory.read(dir);
        try (Throwaway db = Throwaway.of(database)) {
            Migrator m = new Migrator(
                    db,
                    dir,
                    settings,
                    progress,
                    "kei-migrate --dir " + dir,
                    new PrintStream(OutputStream.nullOutputStream()));
            m.up(UpOptions.withContractSteps());
            CatalogSnapshot first = snapshot(db);
            if (seed.isPresent()) {
                run(db, seed.get());
            }
            int revertible = revertible(files);
            if (revertible > 0) {
                m.down(revertible, false);
            }
            boolean complete = revertible == files.size();
            if (!complete) {
                refusesNextDown(m, files.get(files.size() - 1 - revertible));
            }
            List<String> left = complete ? snapshot(db).lines() : List.of();
            List<String> differences = List.of();
            if (upAgain) {
                m.up(UpOptions.withContractSteps());
                differences = first.differences(snapshot(db));
            }
            return new Rehearsal(
                    files.size(),
                    first.tables(),
                    first.lines().size(),
                    seed.isPresent(),
                    revertible,
                    complete,
                    left,
                    differences,
                    upAgain);
        }
    }

    /** Runs a schema script, then {@code seed} if given; returns the tables the script made. */
    public List<String> script(Script schema, Optional<Script> seed) throws Exception {
        try (Throwaway db = Throwaway.of(database)) {
            run(db, schema);
            List<String> tables = snapshot(db).tables();
            if (seed.isPresent()) {
                run(db, seed.get());
            }
            return tables;
        }
    }

    /** A script and the file name it is reported by. */
    public record Script(String file, String sql) {}

    /** How many migrations, newest first, have a down that can run. */
    private static int revertible(List<MigrationFile> files) {
        int revertible = 0;
        for (int i = files.size() - 1; i >= 0; i--) {
            MigrationFile.Down d = files.get(i).down().orElse(null);
            if (d == null || d.irreversible()) {
                break;
            }
            revertible++;
        }
        return revertible;
    }

    /** The down of {@code stop} is missing or IRREVERSIBLE: kei-migrate must refuse it before anything runs. */
    private static void refusesNextDown(Migrator m, MigrationFile stop) throws MigrateException {
        try {
            m.down(1, false);
        } catch (MigrateException refused) {
            return;
        }
        throw MigrateException.failure(
                "The down of " + stop.id() + " ran although it is missing or IRREVERSIBLE.",
                "This is a kei-migrate bug: report it with the migration folder.");
    }

    private static void run(Target db, Script script) throws SQLException, MigrateException {
        try (Connection c = db.connect()) {
            db.runtime().runScript(c, script.sql());
        } catch (SQLException e) {
            throw MigrateException.failure(
                    script.file() + " does not apply: " + db.scrub(e.getMessage()), "Fix the file, then verify again.");
        }
    }

    private static CatalogSnapshot snapshot(Target db) throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogSnapshot.of(c, db.runtime());
        }
    }
}
