package dev.kei.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import dev.kei.db.DatabaseUrl;
import dev.kei.lint.Finding;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintGate;
import dev.kei.lint.Linter;
import dev.kei.lint.PostgresCatalog;
import dev.kei.lint.Thresholds;
import dev.kei.migrate.CatalogSnapshot;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.Migrator;
import dev.kei.migrate.Progress;
import dev.kei.migrate.Settings;
import dev.kei.migrate.UpOptions;
import dev.kei.migrate.UrlTarget;
import dev.kei.support.GoldenFiles;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recipe on a real PostgreSQL holding the starting schema and its rows (issue 13): the generated files match
 * their golden copies, lint finds no error in them against that database, {@code up} (lint before up included, the
 * contract steps too) keeps every row and value of what the change did not remove, and {@code down} gives back the
 * same catalogue (column order aside: a column put back comes last) and every row; an IRREVERSIBLE down is refused
 * before anything runs.
 */
@PostgresTest
class RecipesOnPostgresTest {
    static final Path SCHEMAS = Path.of("src/test/resources/change/schemas");
    static final Path GOLDEN = Path.of("src/test/resources/change/golden");
    static final LocalDateTime CLOCK = LocalDateTime.of(2027, 1, 1, 9, 0, 0);

    @TempDir
    Path work;

    static Stream<RecipeCases.Case> cases() {
        return RecipeCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upKeepsTheRowsAndDownGivesBackTheSchema(RecipeCases.Case k, PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        try (Connection c = db.connect()) {
            run(c, Files.readString(SCHEMAS.resolve(k.schema() + ".sql")));
            run(c, Files.readString(SCHEMAS.resolve(k.schema() + ".rows.sql")));
            run(c, "ANALYZE");
        }
        LiveSchema before;
        CatalogSnapshot catalogue;
        Map<String, String> values;
        try (Connection c = db.connect()) {
            before = LiveSchema.read(c);
            catalogue = CatalogSnapshot.of(c, Database.POSTGRESQL.runtime().orElseThrow());
            values = Values.of(c, before);
        }
        List<Step> steps = Recipes.plan(k.changes(), before);
        Map<String, String> files = StepFiles.of(CLOCK, steps);
        GoldenFiles.in(GOLDEN.resolve(k.schema()).resolve(k.id())).assertMatches(files);

        Path dir = work.resolve("migrations");
        Files.createDirectories(dir);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        List<Finding> errors = lintErrors(db, dir);
        assertEquals(List.of(), errors, "lint against the database the files were made for");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Migrator m = migrator(db, dir, err);
        m.up(UpOptions.withContractSteps(), new LintGate(Thresholds.defaults(), "kei-migrate"));
        String log = err.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains("Lint:"), "lint before up warned:\n" + log);
        try (Connection c = db.connect()) {
            Map<String, String> kept = Values.of(c, LiveSchema.read(c));
            Values.keptBy(k.changes(), values).forEach((key, v) -> assertEquals(v, kept.get(key), key + " after up"));
        }

        if (steps.stream().anyMatch(Step::irreversible)) {
            CatalogSnapshot afterUp;
            try (Connection c = db.connect()) {
                afterUp = CatalogSnapshot.of(c, Database.POSTGRESQL.runtime().orElseThrow());
            }
            MigrateException refused = assertThrows(MigrateException.class, () -> m.down(steps.size(), false));
            assertTrue(
                    refused.getMessage().contains("IRREVERSIBLE")
                            || refused.getMessage().contains("irreversible"),
                    refused.getMessage());
            try (Connection c = db.connect()) {
                assertEquals(
                        afterUp,
                        CatalogSnapshot.of(c, Database.POSTGRESQL.runtime().orElseThrow()),
                        "a refused down changed it");
            }
            return;
        }
        m.down(steps.size(), false);
        try (Connection c = db.connect()) {
            assertEquals(
                    String.join("\n", catalogue.lines()),
                    String.join(
                            "\n",
                            CatalogSnapshot.of(c, Database.POSTGRESQL.runtime().orElseThrow())
                                    .lines()),
                    "catalogue after down");
            assertEquals(values, Values.of(c, LiveSchema.read(c)), "rows after down");
        }
    }

    /** Lint of every generated file (ups and downs), as {@code kei-migrate lint --database-url} runs it. */
    private static List<Finding> lintErrors(PostgresDatabases.Database db, Path dir) throws Exception {
        List<LintFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                files.add(LintFile.read(p, p.getFileName().toString()));
            }
        }
        try (Connection c = db.connect()) {
            return new Linter(PostgresCatalog.of(c), Thresholds.defaults())
                    .lintPending(List.of(), files).stream()
                            .filter(f -> f.level() == Level.ERROR)
                            .toList();
        }
    }

    private static Migrator migrator(PostgresDatabases.Database db, Path dir, ByteArrayOutputStream err)
            throws Exception {
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new Migrator(
                new UrlTarget(DatabaseUrl.parse(db.url())),
                dir,
                Settings.defaults(),
                new Progress(stream),
                "kei-migrate",
                stream);
    }

    private static void run(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
