package dev.kei.cli;

import dev.kei.migrate.MigrationCreator;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kei-migrate create NAME}: an empty up/down pair stamped now (contracts section 8). */
@Command(name = "create", description = "Write an empty migration pair named NAME, stamped now.")
final class MigrateCreateCommand extends MigrateCommand {
    @Parameters(paramLabel = "NAME", description = "lower_snake_case")
    String name;

    MigrateCreateCommand(Console console) {
        super(console);
    }

    @Override
    int execute() throws Exception {
        Path up = MigrationCreator.create(options().dir, name, Instant.now());
        console.out().println(up);
        console.out().println(up.resolveSibling(up.getFileName().toString().replace(".sql", ".down.sql")));
        return 0;
    }
}
