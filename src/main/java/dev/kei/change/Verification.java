package dev.kei.change;

import dev.kei.lint.Catalog;
import dev.kei.lint.Finding;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.Linter;
import dev.kei.lint.Thresholds;
import dev.kei.migrate.CatalogSnapshot;
import dev.kei.migrate.EmbeddedTarget;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.Migrator;
import dev.kei.migrate.Progress;
import dev.kei.migrate.Settings;
import dev.kei.migrate.UpOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * db-change's check before it writes anything (phase 4): lint of every generated file against the current schema's
 * sizes finds no error, and on a throwaway PostgreSQL holding the current schema up applies every step (contract
 * steps too), down gives back the same catalogue and up applies again. Returns the schema the steps leave, read from
 * that database: what db/schema.sql becomes.
 */
public final class Verification {
    private Verification() {}

    /** What was checked, for the record: the schema after, and what each check found. */
    public record Result(LiveSchema after, List<String> checks) {}

    public static Result run(LiveSchema current, List<Change> changes, List<Step> steps, LocalDateTime clock)
            throws ChangeException, IOException {
        Map<String, String> files = StepFiles.of(clock, steps);
        List<String> checks = new ArrayList<>();
        List<Finding> errors = lint(current, files);
        if (!errors.isEmpty()) {
            throw new ChangeException("The generated migrations do not pass lint against the current schema: "
                    + String.join(
                            "; ",
                            errors.stream()
                                    .map(f -> f.file() + ":" + f.line() + " " + f.rule() + ": " + f.message())
                                    .toList()));
        }
        checks.add("kei-migrate lint against the current schema's sizes: no error in " + files.size() + " files");
        Path dir = Files.createTempDirectory("kei-change");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (EmbeddedTarget db = EmbeddedTarget.throwaway()) {
            Map<String, String> valuesBefore;
            try (Connection c = db.connect()) {
                try (Statement s = c.createStatement()) {
                    for (String statement : LiveDdl.schema(current)) {
                        s.execute(statement);
                    }
                }
                SampleRows.Result rows = SampleRows.insert(c, withAddedKeys(current, changes));
                checks.add("rows: " + SampleRows.ROWS + " generated in each of "
                        + rows.filled().size() + " table(s)"
                        + (rows.empty().isEmpty()
                                ? ""
                                : "; left empty: "
                                        + String.join(
                                                "; ",
                                                rows.empty().entrySet().stream()
                                                        .map(e -> e.getKey() + " (" + e.getValue() + ")")
                                                        .toList())));
                valuesBefore = Values.of(c, LiveSchema.read(c));
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue());
            }
            Migrator m = new Migrator(db, dir, Settings.defaults(), new Progress(quiet), "kei-migrate", quiet);
            CatalogSnapshot before = snapshot(db);
            m.up(UpOptions.withContractSteps());
            LiveSchema after;
            try (Connection c = db.connect()) {
                after = LiveSchema.read(c);
                Map<String, String> kept = Values.of(c, after);
                for (Map.Entry<String, String> e :
                        Values.keptBy(changes, valuesBefore).entrySet()) {
                    if (!e.getValue().equals(kept.get(e.getKey()))) {
                        throw new ChangeException("After up, the values of " + e.getKey() + " are not the ones"
                                + " before: the steps would change data they must keep.");
                    }
                }
            }
            checks.add("up: " + steps.size() + " step(s) applied on a throwaway PostgreSQL holding the current schema;"
                    + " every value the change keeps is unchanged");
            if (steps.stream().anyMatch(Step::irreversible)) {
                checks.add("down: refused as designed (a step's down is IRREVERSIBLE)");
            } else {
                m.down(steps.size(), false);
                List<String> left = difference(before.lines(), snapshot(db).lines());
                if (!left.isEmpty()) {
                    throw new ChangeException("The down files do not give back the current schema: "
                            + String.join("; ", left.subList(0, Math.min(5, left.size()))));
                }
                try (Connection c = db.connect()) {
                    if (!Values.of(c, LiveSchema.read(c)).equals(valuesBefore)) {
                        throw new ChangeException(
                                "After down, the rows are not the ones before: the rollback would" + " lose data.");
                    }
                }
                checks.add("down: the catalogue and every row are the current schema's again");
                m.up(UpOptions.withContractSteps());
                checks.add("up again: applied");
            }
            return new Result(after, checks);
        } catch (MigrateException e) {
            throw new ChangeException("Verification on a throwaway PostgreSQL failed: " + e.getMessage()
                    + (e.details().isEmpty() ? "" : " " + e.details().strip()));
        } catch (SQLException e) {
            throw new ChangeException(
                    "The current schema could not be built on a throwaway PostgreSQL: " + e.getMessage());
        } finally {
            dev.kei.io.Folders.deleteTree(dir);
        }
    }

    private static CatalogSnapshot snapshot(EmbeddedTarget db) throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogSnapshot.of(c, PostgresOnly.DATABASE.runtime().orElseThrow());
        }
    }

    private static List<String> difference(List<String> before, List<String> after) {
        List<String> out = new ArrayList<>();
        before.stream().filter(l -> !after.contains(l)).forEach(l -> out.add("missing " + l));
        after.stream().filter(l -> !before.contains(l)).forEach(l -> out.add("left " + l));
        return out;
    }

    /** Lint of the files as one pending run, each table as big as the current schema says. */
    private static List<Finding> lint(LiveSchema current, Map<String, String> files) {
        List<LintFile> lintFiles = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            boolean up = !f.getKey().endsWith(".down.sql");
            lintFiles.add(LintFile.of(Path.of(f.getKey()), f.getKey(), f.getValue(), up, up));
        }
        return new Linter(sizes(current), Thresholds.defaults())
                .lintPending(List.of(), lintFiles).stream()
                        .filter(f -> f.level() == Level.ERROR)
                        .toList();
    }

    /** The current schema's sizes as lint's catalogue. */
    static Catalog sizes(LiveSchema schema) {
        return new Catalog() {
            @Override
            public Optional<TableSize> table(String table) {
                return schema.table(table)
                        .map(t -> new TableSize(t.rows(), t.bytes(), "the current schema's catalogue"));
            }

            @Override
            public int serverVersion() {
                return schema.serverVersion();
            }

            @Override
            public boolean connected() {
                return true;
            }
        };
    }

    /**
     * The current schema with the foreign keys the changes add between its tables: rows made for it already satisfy
     * them (a key column takes a referenced row's key, not a made-up value), so the VALIDATE of an added key checks
     * the recipe, not the verification's own rows.
     */
    static LiveSchema withAddedKeys(LiveSchema current, List<Change> changes) {
        LiveSchema s = current;
        for (Change c : changes) {
            if (c instanceof Change.AddRelation r
                    && current.table(r.refTable()).isPresent()
                    && current.table(r.table())
                            .map(t -> r.columns().stream()
                                    .allMatch(col -> t.column(col).isPresent()))
                            .orElse(false)) {
                s = SchemaAfter.apply(s, r);
            }
        }
        return s;
    }
}
