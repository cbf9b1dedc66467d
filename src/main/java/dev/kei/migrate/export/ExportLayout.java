package dev.kei.migrate.export;

import dev.kei.migrate.MigrationFile;
import java.util.List;
import java.util.Optional;

/**
 * One other runner's folder layout (contracts section 12): the files one migration becomes, and what of it that
 * runner cannot express. An implementation must be deterministic (same migration, same bytes), build file names
 * only from the migration's version and name (validated by {@code MigrationDirectory}), and never drop anything
 * silently: what it cannot carry over is a {@link Exported#notes() note}, which the command prints on stderr.
 */
public interface ExportLayout {
    /** The name given to {@code --to}. */
    String tool();

    /** The files {@code m} becomes, with the timeouts kei-migrate would have set for it. */
    Exported export(MigrationFile m, Timeouts timeouts);

    /** Every layout, in the order {@code --help} lists them. */
    static List<ExportLayout> all() {
        return List.of(new FlywayLayout(), new GolangMigrateLayout(), new GooseLayout(), new DbmateLayout());
    }

    /** The layout named {@code tool}, if there is one. */
    static Optional<ExportLayout> named(String tool) {
        return all().stream().filter(l -> l.tool().equals(tool)).findFirst();
    }
}
