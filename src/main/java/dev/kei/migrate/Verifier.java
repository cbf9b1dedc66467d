package dev.kei.migrate;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/**
 * {@code verify}: on a throwaway embedded PostgreSQL, every up, a catalogue snapshot, every down (the database
 * must be empty again), every up again (the snapshot must be identical). Differences are printed, not guessed at.
 * A migration whose down is IRREVERSIBLE stops the downs there, by design, and the report says so.
 */
public final class Verifier {
    private final Path dir;
    private final Settings settings;
    private final Progress progress;
    private final java.io.PrintStream out;

    public Verifier(Path dir, Settings settings, Progress progress, java.io.PrintStream out) {
        this.dir = dir;
        this.settings = settings;
        this.progress = progress;
        this.out = out;
    }

    /** Returns true when every check passed. */
    public boolean verify() throws Exception {
        List<MigrationFile> files = MigrationDirectory.read(dir);
        progress.note("Verifying " + files.size() + " migration(s) on a throwaway embedded PostgreSQL...");
        try (EmbeddedTarget db = EmbeddedTarget.throwaway()) {
            Migrator m = new Migrator(db, dir, settings, progress, "kei-migrate --dir " + dir, out);
            m.up(0, false, false);
            CatalogSnapshot first = snapshot(db);
            int revertible = 0;
            for (int i = files.size() - 1; i >= 0; i--) {
                MigrationFile.Down d = files.get(i).down().orElse(null);
                if (d == null || d.irreversible()) {
                    break;
                }
                revertible++;
            }
            boolean complete = revertible == files.size();
            if (revertible > 0) {
                m.down(revertible, false);
            }
            CatalogSnapshot reverted = snapshot(db);
            boolean ok = true;
            if (complete && !reverted.lines().isEmpty()) {
                ok = false;
                out.println("After every down the database is not empty:");
                reverted.lines().forEach(l -> out.println("  " + l));
            }
            m.up(0, false, false);
            CatalogSnapshot again = snapshot(db);
            List<String> diff = first.differences(again);
            if (!diff.isEmpty()) {
                ok = false;
                out.println("Up, down, up again does not give the same schema (- first up, + second up):");
                diff.forEach(l -> out.println("  " + l));
            }
            if (ok) {
                out.println("Verified " + files.size() + " migration(s): up, "
                        + (complete
                                ? "down to an empty database"
                                : "down of the last " + revertible
                                        + " (the one before is missing a down or IRREVERSIBLE)")
                        + ", up again to the same schema (" + first.lines().size() + " catalogue entries).");
            }
            return ok;
        }
    }

    private static CatalogSnapshot snapshot(Target db) throws Exception {
        try (Connection c = db.connect()) {
            return CatalogSnapshot.of(c);
        }
    }
}
