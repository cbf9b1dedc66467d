package dev.kei.cli;

import dev.kei.migrate.MigrateException;
import dev.kei.migrate.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kei-migrate up [N] [--dry-run] [--allow-drift]}: applies pending migrations under the lock. */
@Command(name = "up", description = "Apply pending migrations (all, or the next N).")
final class MigrateUpCommand extends MigrateCommand {
    @Parameters(paramLabel = "N", arity = "0..1", defaultValue = "0", description = "How many (default: all).")
    int n;

    @Option(names = "--dry-run", description = "Print what would run; change nothing.")
    boolean dryRun;

    @Option(names = "--allow-drift", description = "Apply even though an applied file was edited.")
    boolean allowDrift;

    MigrateUpCommand(Console console) {
        super(console);
    }

    @Override
    int execute() throws Exception {
        if (n < 0) {
            throw MigrateException.usage("up takes a positive count.", "Run: kei-migrate --dir DIR up");
        }
        try (Target t = target()) {
            migrator(t).up(n, allowDrift, dryRun);
            return 0;
        }
    }
}
