package dev.kei.cli;

import dev.kei.db.Database;
import dev.kei.migrate.MigrationDirectory;
import dev.kei.migrate.Progress;
import dev.kei.migrate.Rehearsal;
import dev.kei.migrate.Verifier;
import java.io.PrintStream;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code kei-migrate verify}: up, down, up again on a throwaway database; exit 1 when the schemas differ. */
@Command(name = "verify", description = "Up, down, up again on a throwaway embedded PostgreSQL; compare schemas.")
final class MigrateVerifyCommand extends MigrateCommand {
    MigrateVerifyCommand(Console console) {
        super(console);
    }

    @Override
    int execute() throws Exception {
        Progress progress = new Progress(console.err());
        int files = MigrationDirectory.read(options().dir).size();
        progress.note("Verifying " + files + " migration(s) on a throwaway embedded PostgreSQL...");
        Rehearsal r = new Verifier(Database.POSTGRESQL, options().settings(), progress)
                .migrations(options().dir, Optional.empty(), true);
        report(r, console.out());
        return r.ok() ? 0 : ExitCode.FAILED;
    }

    private static void report(Rehearsal r, PrintStream out) {
        if (!r.leftAfterDown().isEmpty()) {
            out.println("After every down the database is not empty:");
            r.leftAfterDown().forEach(l -> out.println("  " + l));
        }
        if (!r.upAgainDifferences().isEmpty()) {
            out.println("Up, down, up again does not give the same schema (- first up, + second up):");
            r.upAgainDifferences().forEach(l -> out.println("  " + l));
        }
        if (r.ok()) {
            out.println("Verified " + r.files() + " migration(s): up, "
                    + (r.complete()
                            ? "down to an empty database"
                            : "down of the last " + r.reverted()
                                    + " (the one before is missing a down or IRREVERSIBLE)")
                    + ", up again to the same schema (" + r.catalogueEntries() + " catalogue entries).");
        }
    }
}
