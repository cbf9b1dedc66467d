package dev.kei.cli;

import dev.kei.migrate.Progress;
import dev.kei.migrate.Verifier;
import picocli.CommandLine.Command;

/** {@code kei-migrate verify}: up, down, up again on a throwaway database; exit 1 when the schemas differ. */
@Command(name = "verify", description = "Up, down, up again on a throwaway embedded PostgreSQL; compare schemas.")
final class MigrateVerifyCommand extends MigrateCommand {
    MigrateVerifyCommand(Console console) {
        super(console);
    }

    @Override
    int execute() throws Exception {
        Verifier verifier =
                new Verifier(options().dir, options().settings(), new Progress(console.err()), console.out());
        return verifier.verify() ? 0 : ExitCode.FAILED;
    }
}
