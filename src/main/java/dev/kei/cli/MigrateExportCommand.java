package dev.kei.cli;

import dev.kei.migrate.MigrateException;
import dev.kei.migrate.MigrationDirectory;
import dev.kei.migrate.MigrationFile;
import dev.kei.migrate.export.ExportLayout;
import dev.kei.migrate.export.Exporter;
import dev.kei.migrate.export.Timeouts;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kei-migrate --dir DIR export --to flyway|golang-migrate|goose|dbmate --out DIR2} (contracts section 12):
 * the folder's migrations in another runner's layout, with the timeouts kei-migrate would set. What the runner
 * cannot express is named on stderr, never dropped; the written files are listed on stdout.
 */
@Command(
        name = "export",
        description = "Write the migrations in another runner's layout: flyway, golang-migrate, goose or dbmate.")
final class MigrateExportCommand extends MigrateCommand {
    @Option(
            names = "--to",
            paramLabel = "TOOL",
            required = true,
            description = "flyway, golang-migrate, goose or dbmate.")
    String to;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "A new or empty folder (or an earlier export's).")
    Path out;

    MigrateExportCommand(Console console) {
        super(console);
    }

    @Override
    int execute() throws Exception {
        ExportLayout layout = ExportLayout.named(to)
                .orElseThrow(() -> MigrateException.usage(
                        "Unknown export target '" + (to.length() > 40 ? to.substring(0, 40) : to) + "'.",
                        "Use --to "
                                + ExportLayout.all().stream()
                                        .map(ExportLayout::tool)
                                        .collect(Collectors.joining(" | "))));
        List<MigrationFile> migrations = MigrationDirectory.read(options().dir);
        Exporter.Result r =
                Exporter.export(migrations, layout, Timeouts.of(options().settings()), options().dir, out);
        for (String note : r.notes()) {
            console.err().println(note);
        }
        for (Path p : r.written()) {
            console.out().println(p);
        }
        console.out()
                .println("Exported " + migrations.size() + " migration" + (migrations.size() == 1 ? "" : "s") + " for "
                        + layout.tool() + " into " + out
                        + (r.notes().isEmpty()
                                ? "."
                                : " (" + r.notes().size() + " note" + (r.notes().size() == 1 ? "" : "s")
                                        + " on stderr)."));
        return 0;
    }
}
