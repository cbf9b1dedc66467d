package dev.kei.cli;

import dev.kei.lint.LintGate;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.Target;
import dev.kei.migrate.UpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kei-migrate up [N] [--dry-run] [--allow-drift] [--out-of-order] [--contract]}: applies pending migrations
 * under the lock, once lint let every pending file run, holding back a contract step and what follows it unless
 * {@code --contract}.
 */
@Command(name = "up", description = "Apply pending migrations (all, or the next N).")
final class MigrateUpCommand extends MigrateCommand {
    @Parameters(paramLabel = "N", arity = "0..1", description = "How many, at least 1 (default: all).")
    Integer n;

    @Option(names = "--dry-run", description = "Print what would run; change nothing.")
    boolean dryRun;

    @Option(names = "--allow-drift", description = "Apply even though an applied file was edited.")
    boolean allowDrift;

    @Option(
            names = "--out-of-order",
            description = "Apply a pending file older than the newest applied one (refused otherwise).")
    boolean outOfOrder;

    @Option(
            names = "--contract",
            description = "Also apply contract steps (-- kei:contract) and the files after them, once the application"
                    + " has moved to the new shape (held back otherwise).")
    boolean contract;

    MigrateUpCommand(Console console) {
        super(console);
    }

    @Override
    int execute() throws Exception {
        if (n != null && n < 1) {
            // as down N: a count of nothing is a mistake, not a request for everything
            throw MigrateException.usage(
                    "up N takes a count of at least 1; up alone applies every pending migration.",
                    "Run: kei-migrate --dir DIR up");
        }
        try (Target t = target()) {
            migrator(t)
                    .up(
                            new UpOptions(n == null ? 0 : n, allowDrift, outOfOrder, dryRun, contract),
                            new LintGate(options().thresholds(), options().command()));
            return 0;
        }
    }
}
