package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint before {@code up} on a real PostgreSQL (issue 12): the same file is judged by the size of the table it
 * touches, read from the catalogue, so it passes on a small table and is refused on a big one; a refused up runs
 * nothing, not even the harmless files before the refused one; an allow comment, squawk's ignore comment and the
 * threshold settings let it run; {@code lint --database-url} reports the same verdict with the table's size.
 */
@PostgresTest
class LintBeforeUpTest {
    static final String INIT = "CREATE TABLE t (id bigint PRIMARY KEY, n integer NOT NULL, note text);\n";
    static final String INDEX = "CREATE INDEX idx_t_n ON t (n);\n";

    @TempDir
    Path work;

    /** A folder whose first migration made {@code t}, applied, and {@code t} filled with {@code rows} rows. */
    private Path applied(PostgresDatabases.Database db, int rows) throws Exception {
        Path dir = work.resolve("m" + rows);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("20260101000001_t.sql"), INIT);
        Files.writeString(dir.resolve("20260101000001_t.down.sql"), "DROP TABLE t;\n");
        assertEquals(0, up(db, dir).exit());
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO t SELECT g, g % 100, 'row ' || g FROM generate_series(1, " + rows + ") g");
        }
        return dir;
    }

    private static void pending(Path dir, String version, String name, String sql) throws Exception {
        Files.writeString(dir.resolve(version + "_" + name + ".sql"), sql);
        Files.writeString(dir.resolve(version + "_" + name + ".down.sql"), "SELECT 1;\n");
    }

    private static MigrateJvm.Run up(PostgresDatabases.Database db, Path dir, String... more) {
        String[] args = new String[4 + more.length + 1];
        args[0] = "--database-url";
        args[1] = db.url();
        args[2] = "--dir";
        args[3] = dir.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        args[args.length - 1] = "up";
        return MigrateJvm.inProcess(args);
    }

    private static List<String> history(PostgresDatabases.Database db) throws Exception {
        return db.strings("SELECT version FROM kei_schema_history WHERE success ORDER BY version");
    }

    @Test
    void theSameCreateIndexFilePassesOnAHundredRowsAndIsRefusedOnAMillion(PostgresDatabases databases)
            throws Exception {
        PostgresDatabases.Database small = databases.create();
        Path smallDir = applied(small, 100);
        pending(smallDir, "20260101000002", "index", INDEX);
        MigrateJvm.Run passed = up(small, smallDir);
        assertEquals(0, passed.exit(), passed.toString());
        assertEquals(
                List.of("idx_t_n"),
                small.strings("SELECT indexname FROM pg_indexes WHERE tablename = 't'" + " AND indexname <> 't_pkey'"));

        PostgresDatabases.Database big = databases.create();
        Path bigDir = applied(big, 1_000_000);
        // a harmless file before the refused one: a refused up runs nothing at all
        pending(bigDir, "20260101000002", "audit", "CREATE TABLE audit (id bigint PRIMARY KEY);\n");
        pending(bigDir, "20260101000003", "index", INDEX);
        MigrateJvm.Run refused = up(big, bigDir);
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(
                refused.err()
                        .contains("Lint refused 1 statement(s) of the pending migrations; nothing was" + " applied."),
                refused.err());
        assertTrue(refused.err().contains("20260101000003_index.sql:1: error require-concurrent-index"), refused.err());
        assertTrue(
                refused.err().matches("(?s).*Size : t: ~[0-9,]+ rows \\((maintenance|online) band.*"), refused.err());
        assertTrue(refused.err().contains("-- kei:allow <rule-id> <reason>"), refused.err());
        assertEquals(List.of("20260101000001"), history(big));
        assertEquals(List.of(), big.strings("SELECT tablename FROM pg_tables WHERE tablename = 'audit'"));
        assertEquals(List.of("t_pkey"), big.strings("SELECT indexname FROM pg_indexes WHERE tablename = 't'"));

        // lint with the database says the same, with the size; without one it assumes a large table
        MigrateJvm.Run lint = MigrateJvm.inProcess(
                "--database-url", big.url(), "--dir", bigDir.toString(), "lint", "--format", "json");
        assertEquals(1, lint.exit(), lint.toString());
        JsonNode finding = finding(lint.out(), "require-concurrent-index");
        assertTrue(finding.path("impact").path("rows").asLong() > 500_000, lint.out());
        assertTrue(finding.path("impact").path("lock_ms").asLong() > 0, lint.out());
        assertTrue(lint.err().contains("Linting against"), lint.err());
        assertFalse(lint.err().contains("postgres://") || lint.out().contains(big.url()), lint.toString());
        MigrateJvm.Run smallLint = MigrateJvm.inProcess(
                "--database-url", small.url(), "--dir", smallDir.toString(), "lint", "--format", "json");
        assertEquals(0, smallLint.exit(), smallLint.toString());

        // the threshold settings: a million rows under --lint-error-rows is a warning, and up runs the file
        MigrateJvm.Run warned = up(big, bigDir, "--lint-warn-rows", "1000", "--lint-error-rows", "5000000");
        assertEquals(0, warned.exit(), warned.toString());
        assertTrue(warned.err().contains("warning require-concurrent-index"), warned.err());
        assertEquals(List.of("20260101000001", "20260101000002", "20260101000003"), history(big));
    }

    @Test
    void anAllowCommentOrSquawksIgnoreLetsUpRunTheStatement(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        Path dir = applied(db, 200_000);
        pending(
                dir,
                "20260101000002",
                "index",
                "-- kei:allow require-concurrent-index built in the night window\n" + INDEX);
        pending(
                dir,
                "20260101000003",
                "fill",
                "-- squawk-ignore adding-not-nullable-field\n" + "ALTER TABLE t ALTER COLUMN note SET NOT NULL;\n");
        MigrateJvm.Run run = up(db, dir);
        assertEquals(0, run.exit(), run.toString());
        assertEquals(3, history(db).size());
    }

    @Test
    void anUpdateIsJudgedByTheRowsItsWherePicks(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        Path dir = applied(db, 200_000);
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("ANALYZE t");
        }
        pending(dir, "20260101000002", "one", "UPDATE t SET note = 'fixed' WHERE id = 42;\n");
        MigrateJvm.Run one = up(db, dir);
        assertEquals(0, one.exit(), one.toString());
        pending(dir, "20260101000003", "all", "UPDATE t SET note = 'all';\n");
        MigrateJvm.Run all = up(db, dir);
        assertEquals(1, all.exit(), all.toString());
        assertTrue(all.err().contains("error unbatched-write"), all.err());
        assertEquals(List.of("fixed"), db.strings("SELECT note FROM t WHERE id = 42"));
    }

    @Test
    void aTableCreatedEarlierInTheRunCountsAsEmpty(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        Path dir = work.resolve("new");
        Files.createDirectories(dir);
        pending(dir, "20260101000001", "t", INIT);
        pending(dir, "20260101000002", "index", INDEX);
        pending(dir, "20260101000003", "widen", "ALTER TABLE t ALTER COLUMN n TYPE bigint;\n");
        MigrateJvm.Run run = up(db, dir);
        assertEquals(0, run.exit(), run.toString());
        assertEquals(3, history(db).size());
    }

    @Test
    void anIdentityColumnRewritesTheTableAsVolatileDefaultSays(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        applied(db, 1000);
        String before = db.strings("SELECT relfilenode FROM pg_class WHERE relname = 't'")
                .get(0);
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE t ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY");
        }
        assertFalse(before.equals(db.strings("SELECT relfilenode FROM pg_class WHERE relname = 't'")
                .get(0)));
    }

    @Test
    void badThresholdsAreRefusedBeforeAnything(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        Path dir = work.resolve("bad");
        Files.createDirectories(dir);
        pending(dir, "20260101000001", "t", INIT);
        for (String[] flags : new String[][] {
            {"--lint-warn-rows", "-1"},
            {"--lint-warn-rows", "500", "--lint-error-rows", "100"},
            {"--lint-error-rows", "lots"}
        }) {
            MigrateJvm.Run run = up(db, dir, flags);
            assertEquals(2, run.exit(), String.join(" ", flags) + ": " + run);
        }
        assertEquals(List.of(), db.strings("SELECT tablename FROM pg_tables WHERE tablename = 't'"));
    }

    private static JsonNode finding(String json, String rule) throws Exception {
        for (JsonNode f : Json.MAPPER.readTree(json).path("findings")) {
            if (f.path("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " finding in " + json);
    }
}
