package dev.kei.cli;

import dev.kei.lint.Catalog;
import dev.kei.lint.Finding;
import dev.kei.lint.JsonReport;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.Linter;
import dev.kei.lint.PostgresCatalog;
import dev.kei.lint.Rules;
import dev.kei.lint.SarifReport;
import dev.kei.lint.TextReport;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.MigrationDirectory;
import dev.kei.migrate.MigrationFile;
import dev.kei.migrate.Status;
import dev.kei.migrate.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kei-migrate --dir DIR lint [FILE ...] [--format text|json|sarif]} (contracts section 11): the static safety
 * rules over the folder's migrations, or the files named; exit 1 on an error-level finding. Without a database every
 * existing table is assumed large; with one ({@code --database-url} or {@code DATABASE_URL}, never the embedded
 * default) the pending files are linted against its table sizes and server version, the applied ones being the
 * schema they start from.
 */
@Command(
        name = "lint",
        description = "Check migrations for statements that lock or break production (with a database: by the size"
                + " of its tables).")
final class MigrateLintCommand extends MigrateCommand {
    enum Format {
        text,
        json,
        sarif
    }

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to lint (default: every file of --dir).")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or sarif.")
    Format format;

    MigrateLintCommand(Console console) {
        super(console);
    }

    @Override
    int execute() throws Exception {
        String url = options().databaseUrl != null ? options().databaseUrl : System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            return report(new Linter(Catalog.none(), options().thresholds()), context(), linted(), false);
        }
        try (Target t = target()) {
            if (!t.database().hasOnlineDdlRules()) {
                console.err()
                        .println("lint's rules are PostgreSQL's: " + t.shown() + " is not read; the files are"
                                + " linted as without a database.");
                return report(new Linter(Catalog.none(), options().thresholds()), context(), linted(), false);
            }
            List<LintFile> context = files.isEmpty() ? new ArrayList<>() : context();
            List<LintFile> linted = files.isEmpty() ? new ArrayList<>() : read(paths());
            if (files.isEmpty()) {
                // with a database, the run is what up would run: the applied files are only the schema before it
                for (Status.Entry e : migrator(t).status().entries()) {
                    switch (e.state()) {
                        case APPLIED, DRIFT -> context.add(LintFile.up(e.file()));
                        case PENDING, FAILED, WAITING_FOR_CONTRACT -> {
                            linted.add(LintFile.up(e.file()));
                            LintFile.down(e.file()).ifPresent(linted::add);
                        }
                        default -> {}
                    }
                }
            }
            try (Connection c = t.connect()) {
                Catalog catalog = PostgresCatalog.of(c);
                console.err()
                        .println("Linting against " + t.shown() + " (PostgreSQL "
                                + Catalog.versionName(catalog.serverVersion()) + "): table sizes from its catalogue.");
                // the pending files are one run: a table an earlier one creates is empty when the next runs
                return report(new Linter(catalog, options().thresholds()), context, linted, files.isEmpty());
            } catch (SQLException e) {
                throw MigrateException.failure(
                        "Could not read the catalogue of " + t.shown() + ": " + t.scrub(e.getMessage()) + " (SQL State "
                                + e.getSQLState() + ").",
                        "Check that the database is reachable, or lint without a database (unset DATABASE_URL).");
            }
        }
    }

    private int report(Linter linter, List<LintFile> context, List<LintFile> linted, boolean pending) {
        List<Finding> findings = pending ? linter.lintPending(context, linted) : linter.lint(context, linted);
        switch (format) {
            case text -> TextReport.print(findings, linted.size(), console.out());
            case json -> console.out().println(JsonReport.render(findings, linted.size()));
            case sarif -> console.out().println(SarifReport.render(findings, Rules.all()));
        }
        return findings.stream().anyMatch(f -> f.level() == Level.ERROR) ? ExitCode.FAILED : 0;
    }

    private static List<LintFile> read(List<Path> paths) throws MigrateException {
        List<LintFile> linted = new ArrayList<>();
        for (Path p : paths) {
            try {
                linted.add(LintFile.read(p, p.toString()));
            } catch (IOException e) {
                throw MigrateException.usage("Cannot read " + p + ": " + e.getMessage() + ".", "Check the path.");
            }
        }
        return linted;
    }

    /**
     * When files are named, the folder's up files older than the first of them and not named: not linted, but the
     * schema those files start from (a column's old type, an index made earlier). A folder lint can't read is none.
     */
    private List<LintFile> context() throws IOException {
        List<LintFile> out = new ArrayList<>();
        if (files.isEmpty() || !Files.isDirectory(options().dir)) {
            return out;
        }
        String first = files.stream()
                .map(f -> Path.of(f).getFileName().toString())
                .sorted()
                .findFirst()
                .orElse("");
        try {
            for (MigrationFile m : MigrationDirectory.read(options().dir)) {
                String name = m.up().getFileName().toString();
                if (name.compareTo(first) < 0) {
                    out.add(LintFile.up(m));
                }
            }
        } catch (MigrateException e) {
            return List.of();
        }
        return out;
    }

    /**
     * The files to lint: the ones named, else every up and down of --dir as the folder reader read them (each file
     * read and split once).
     */
    private List<LintFile> linted() throws MigrateException {
        if (!files.isEmpty()) {
            return read(paths());
        }
        List<LintFile> out = new ArrayList<>();
        for (MigrationFile m : MigrationDirectory.read(options().dir)) {
            out.add(LintFile.up(m));
            LintFile.down(m).ifPresent(out::add);
        }
        return out;
    }

    /** The files named, as given or inside --dir. */
    private List<Path> paths() throws MigrateException {
        Path dir = options().dir;
        List<Path> out = new ArrayList<>();
        for (String f : files) {
            Path given = Path.of(f);
            Path p = Files.isRegularFile(given) ? given : dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw MigrateException.usage(
                        "Migration file " + f + " does not exist (neither as given nor in " + dir + ").",
                        "Name a file of the folder: " + options().command() + " lint");
            }
            out.add(p);
        }
        return out;
    }
}
