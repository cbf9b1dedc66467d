package dev.kei.cli;

import dev.kei.migrate.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kei-migrate down N [--dry-run]}: reverts the newest N, refusing before anything runs if one can't. */
@Command(name = "down", description = "Revert the N most recent migrations, newest first.")
final class MigrateDownCommand extends MigrateCommand {
    @Parameters(paramLabel = "N", description = "How many to revert.")
    int n;

    @Option(names = "--dry-run", description = "Print what would run; change nothing.")
    boolean dryRun;

    MigrateDownCommand(Console console) {
        super(console);
    }

    @Override
    int execute() throws Exception {
        try (Target t = target()) {
            migrator(t).down(n, dryRun);
            return 0;
        }
    }
}
