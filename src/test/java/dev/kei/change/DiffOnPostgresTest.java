package dev.kei.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.DatabaseUrl;
import dev.kei.lint.LintGate;
import dev.kei.lint.Thresholds;
import dev.kei.migrate.Migrator;
import dev.kei.migrate.Progress;
import dev.kei.migrate.Settings;
import dev.kei.migrate.UpOptions;
import dev.kei.migrate.UrlTarget;
import dev.kei.support.GoldenFiles;
import dev.kei.support.SystemPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * db-change {@code --to}'s diff on pairs of schemas (issue 16), one folder per pair under
 * {@code src/test/resources/change/diff/<case>/}: {@code from.sql} and its {@code rows.sql}, {@code to.sql}, the
 * rename answers in {@code answers.txt} and the expected files under {@code expected/} (the changes, one a line, and
 * the migration pairs). On a real PostgreSQL at the old schema with rows in every table, the migrations (contract
 * steps too) leave exactly what a fresh apply of {@code to.sql} makes ({@code pg_dump --schema-only} equal) with
 * every row the answers kept, and the downs give back the old dump and every row.
 *
 * <p>PostgreSQL cannot reorder columns, and kei's online recipes add a column last (a rename and a rewriting type
 * change go through a new column): the pairs put such columns last in {@code to.sql}, and the dropped ones last in
 * {@code from.sql} (a down puts them back last), so the dumps can be compared as they are.
 */
@Tag("postgres")
class DiffOnPostgresTest {
    static final Path CASES = Path.of("src/test/resources/change/diff");
    static final LocalDateTime CLOCK = LocalDateTime.of(2027, 1, 1, 9, 0, 0);

    @TempDir
    Path work;

    static Stream<String> cases() throws Exception {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theMigrationsTakeTheOldSchemaToTheNewOneAndBack(String name) throws Exception {
        Path dir = CASES.resolve(name);
        SystemPostgres pg = SystemPostgres.get();
        String db = pg.create();
        String fresh = pg.create();
        run(db, Files.readString(dir.resolve("from.sql")));
        run(db, Files.readString(dir.resolve("rows.sql")));
        run(db, "ANALYZE");
        run(fresh, Files.readString(dir.resolve("to.sql")));
        String before = schemaDump(pg, db);
        String wanted = schemaDump(pg, fresh);
        assertTrue(wanted.contains("CREATE TABLE public."), "a dump of the tables:\n" + wanted);
        LiveSchema current;
        LiveSchema target;
        Map<String, String> values;
        try (Connection c = DriverManager.getConnection(db)) {
            current = LiveSchema.read(c);
            values = Values.of(c, current);
        }
        try (Connection c = DriverManager.getConnection(fresh)) {
            target = LiveSchema.read(c);
        }

        List<Change> changes = SchemaDiff.changes(current, target, answers(dir.resolve("answers.txt")));
        List<Step> steps = Recipes.plan(changes, current);
        Map<String, String> files = new TreeMap<>(StepFiles.of(CLOCK, steps));
        files.put(
                "changes.txt",
                String.join("\n", changes.stream().map(Change::describe).toList()) + "\n");
        GoldenFiles.in(dir.resolve("expected")).assertMatches(files);

        Path migrations = work.resolve("migrations");
        Files.createDirectories(migrations);
        files.forEach((file, text) -> {
            if (file.endsWith(".sql")) {
                write(migrations.resolve(file), text);
            }
        });
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Migrator m = migrator(db, migrations, err);
        m.up(UpOptions.withContractSteps(), new LintGate(Thresholds.defaults(), "kei-migrate"));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("Lint:"), "lint before up warned:\n" + err);
        assertEquals(wanted, schemaDump(pg, db), "pg_dump -s after up, against a fresh apply of to.sql");
        try (Connection c = DriverManager.getConnection(db)) {
            Map<String, String> kept = Values.of(c, LiveSchema.read(c));
            Values.keptBy(changes, values).forEach((key, v) -> assertEquals(v, kept.get(key), key + " after up"));
        }

        m.down(steps.size(), false);
        assertEquals(before, schemaDump(pg, db), "pg_dump -s after down, against from.sql");
        try (Connection c = DriverManager.getConnection(db)) {
            assertEquals(values, Values.of(c, LiveSchema.read(c)), "rows after down");
        }
    }

    /**
     * The dump without kei's own bookkeeping: kei-migrate's history and backfill tables, and the {@code kei_saved_}
     * tables that keep a dropped table's or column's values for the rollback. They are kei's, not the application's
     * schema, and a fresh apply of to.sql has none of them; nothing else is touched.
     */
    static String schemaDump(SystemPostgres pg, String url) throws Exception {
        String dump = pg.dumpSchema(url);
        List<String> kept = new ArrayList<>();
        for (String section : dump.split("\n(?=--\n-- Name: )")) {
            String header = section.startsWith("--\n-- Name: ") ? section.substring("--\n-- Name: ".length()) : "";
            if (!header.matches("(?s)(kei_schema_history|kei_schema_backfill|kei_saved_)\\S*[ ;].*")) {
                kept.add(section);
            }
        }
        return String.join("\n", kept);
    }

    /** {@code answers.txt}: one line per rename question, {@code rename <key>} or {@code drop+add <key>}. */
    static RenameAnswers answers(Path file) throws Exception {
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String verb = line.substring(0, space);
                if (!verb.equals("rename") && !verb.equals("drop+add")) {
                    throw new IllegalArgumentException(file + ": '" + line + "' is not rename/drop+add KEY");
                }
                out.put(line.substring(space + 1).strip(), verb.equals("rename"));
            }
        }
        return new RenameAnswers(out);
    }

    private static Migrator migrator(String url, Path dir, ByteArrayOutputStream err) throws Exception {
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new Migrator(
                new UrlTarget(DatabaseUrl.parse(url)),
                dir,
                Settings.defaults(),
                new Progress(stream),
                "kei-migrate",
                stream);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
