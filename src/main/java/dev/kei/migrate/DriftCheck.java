package dev.kei.migrate;

import dev.kei.io.Folders;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kei-migrate status --drift}: replays the migrations the history says were applied (only those, in version
 * order, their up files run by kei-migrate itself, so no-transaction, backfill and contract markers hold) on a
 * throwaway database of the same kind, reads both catalogues with the one {@link CatalogSnapshot} reader, and
 * compares them object by object ({@link SchemaDrift}). Nothing is written to the user's database.
 */
public final class DriftCheck {
    private final Target live;
    private final Settings settings;

    public DriftCheck(Target live, Settings settings) {
        this.live = live;
        this.settings = settings;
    }

    /** The drift of the live database from the applied migrations of {@code status}, as read from the folder. */
    public DriftReport run(Status status) throws MigrateException {
        List<MigrationFile> applied = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (Status.Entry e : status.entries()) {
            switch (e.state()) {
                case MISSING -> {
                    return new DriftReport.NotChecked(
                            "Schema drift not checked: " + e.id() + " ran, but its file is gone, so the replay"
                                    + " cannot make what it made.",
                            "",
                            "Put the file back in the folder, then run status --drift again.");
                }
                case FAILED, REVERTING -> {
                    return new DriftReport.NotChecked(
                            "Schema drift not checked: " + e.id() + " stopped part-way, so the replay cannot"
                                    + " stop where it did.",
                            "",
                            "Finish it first (" + (e.state() == Status.State.FAILED ? "up" : "down")
                                    + " resumes it), then run status --drift again.");
                }
                case DRIFT -> {
                    edited.add(e.id());
                    applied.add(e.file());
                }
                case APPLIED -> applied.add(e.file());
                default -> {} // pending files never ran: the database owes them nothing
            }
        }
        CatalogSnapshot database = liveCatalogue(status);
        if (database == null) {
            return new DriftReport.NotChecked(
                    "Schema drift not checked: the migration history changed while it was read (another kei-migrate"
                            + " up or down is running?).",
                    "",
                    "Run status --drift again once it has finished.");
        }
        try {
            // nothing applied makes nothing: no throwaway to start
            CatalogSnapshot made = applied.isEmpty() ? new CatalogSnapshot(List.of()) : replay(applied);
            return new DriftReport.Checked(
                    applied.size(), live.runtime().throwaway(), SchemaDrift.between(database, made), edited);
        } catch (MigrateException e) {
            return new DriftReport.NotChecked(
                    "Schema drift not checked: the applied migrations do not replay on "
                            + live.runtime().throwaway() + ". " + e.getMessage(),
                    e.details(),
                    "The status above stands. Make the file run on a bare database (an extension or a role the"
                            + " throwaway lacks), or run status without --drift.");
        } catch (IOException | SQLException e) {
            return new DriftReport.NotChecked(
                    "Schema drift not checked: " + live.runtime().throwaway() + " could not be prepared: "
                            + e.getMessage(),
                    "",
                    "The status above stands. Run status --drift again, with --verbose if it fails the same way.");
        }
    }

    /**
     * The live catalogue, read in one read-only transaction with the history, so a migration another kei-migrate
     * applies meanwhile cannot show as drift; null when the history is no longer the one {@code status} read.
     */
    private CatalogSnapshot liveCatalogue(Status status) throws MigrateException {
        try (Connection c = live.connect()) {
            c.setAutoCommit(false);
            if (live.runtime().currentSchema().isPresent()) { // a server: one snapshot for both reads
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
            }
            try {
                Map<String, HistoryRow> rows = new HistoryTable(live.runtime()).read(c);
                CatalogSnapshot snapshot = CatalogSnapshot.of(c, live.runtime());
                return rows.equals(status.rows()) ? snapshot : null;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw MigrateException.failure(
                    "Could not read the catalogue of " + live.shown() + ": "
                            + live.scrub(String.valueOf(e.getMessage())),
                    "Check that the user may read the catalogue, then run status --drift again.");
        }
    }

    /** The catalogue {@code applied} make on a fresh throwaway database, run by kei-migrate from a copy of them. */
    private CatalogSnapshot replay(List<MigrationFile> applied) throws IOException, SQLException, MigrateException {
        Path folder = Files.createTempDirectory("kei-drift");
        try {
            for (MigrationFile f : applied) {
                Files.copy(f.up(), folder.resolve(f.up().getFileName()));
            }
            PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
            try (Throwaway db = Throwaway.of(live.database())) {
                new Migrator(db, folder, settings, new Progress(silent), "kei-migrate", silent)
                        .up(UpOptions.withContractSteps());
                try (Connection c = db.connect()) {
                    return CatalogSnapshot.of(c, db.runtime());
                }
            } catch (IOException | SQLException | MigrateException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e); // a throwaway that does not close cleanly
            }
        } finally {
            Folders.deleteTree(folder);
        }
    }
}
