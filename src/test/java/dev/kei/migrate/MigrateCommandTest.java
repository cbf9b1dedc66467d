package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.cli.Console;
import dev.kei.cli.KeiMigrate;
import dev.kei.io.Json;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kei-migrate command, in-process (exit code, stdout, stderr), against a real embedded PostgreSQL (a fresh
 * database per test) and a real SQLite file: up, status, down, drift, IRREVERSIBLE, a failure in the middle of a
 * transactional file (nothing left) and of a statement-by-statement one (resumed), dry runs, bad input.
 */
@PostgresTest
class MigrateCommandTest {
    PostgresDatabases databases;

    @TempDir
    Path work;

    @BeforeEach
    void databases(PostgresDatabases databases) {
        this.databases = databases;
    }

    /** A database of one kind for one test: its URL and a way to query it. */
    record Db(String kind, String url) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url.startsWith("sqlite:") ? "jdbc:" + url : url);
        }

        List<String> strings(String sql) throws SQLException {
            List<String> out = new ArrayList<>();
            try (Connection c = connect();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }

        boolean hasTable(String table) throws SQLException {
            return !strings(
                            kind.equals("sqlite")
                                    ? "SELECT name FROM sqlite_master WHERE type='table' AND name='" + table + "'"
                                    : "SELECT tablename FROM pg_tables WHERE schemaname='public' AND tablename='"
                                            + table + "'")
                    .isEmpty();
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    Db db(String kind) throws SQLException {
        if (kind.equals("sqlite")) {
            return new Db(kind, "sqlite:" + work.resolve("app.db"));
        }
        return new Db(kind, databases.create().url());
    }

    static Stream<String> kinds() {
        return Stream.of("postgresql", "sqlite");
    }

    record Run(int exit, String out, String err) {}

    Run migrate(Db db, String... args) {
        List<String> all = new ArrayList<>(
                List.of("--database-url", db.url(), "--dir", work.resolve("m").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = KeiMigrate.commandLine(console).execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    void file(String name, String sql) throws Exception {
        Files.createDirectories(work.resolve("m"));
        Files.writeString(work.resolve("m").resolve(name), sql);
    }

    void threeMigrations() throws Exception {
        file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);\n");
        file("20260101000001_authors.down.sql", "DROP TABLE authors;\n");
        file(
                "20260101000002_books.sql",
                "CREATE TABLE books (id integer PRIMARY KEY, author_id integer REFERENCES"
                        + " authors (id));\nCREATE INDEX idx_books_author_id ON books (author_id);\n");
        file("20260101000002_books.down.sql", "DROP TABLE books;\n");
        file("20260101000003_seed.sql", "INSERT INTO authors VALUES (1, 'Ada');\nINSERT INTO books VALUES (1, 1);\n");
        file("20260101000003_seed.down.sql", "DELETE FROM books;\nDELETE FROM authors;\n");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void upStatusDown(String kind) throws Exception {
        Db db = db(kind);
        threeMigrations();
        Run status = migrate(db, "status");
        assertEquals(0, status.exit(), status.toString());
        assertTrue(status.out().contains("0 applied, 3 pending"), status.out());

        Run up = migrate(db, "up", "2");
        assertEquals(0, up.exit(), up.toString());
        // on PostgreSQL the two files travel in one round trip (Pipeline), each in its own transaction
        String started = kind.equals("sqlite")
                ? "[1/2] up 20260101000001_authors\n[2/2] up 20260101000002_books\n"
                : "[1-2/2] up 20260101000001_authors ... 20260101000002_books (2 files in one round trip,";
        assertTrue(up.err().contains(started), up.err());
        assertTrue(db.hasTable("books"));
        assertEquals(
                List.of("20260101000001", "20260101000002"),
                db.strings("SELECT version FROM kei_schema_history ORDER BY version"));

        assertEquals(0, migrate(db, "up").exit());
        assertEquals(List.of("1"), db.strings("SELECT count(*) FROM books"));
        var json = Json.parse(migrate(db, "status", "--json").out());
        assertEquals(3, json.path("migrations").size());
        assertEquals("applied", json.path("migrations").get(2).path("state").asText());

        Run down = migrate(db, "down", "2");
        assertEquals(0, down.exit(), down.toString());
        assertTrue(down.err().indexOf("down 20260101000003_seed") < down.err().indexOf("down 20260101000002_books"));
        assertFalse(db.hasTable("books"));
        assertTrue(db.hasTable("authors"));
        assertEquals(List.of("20260101000001"), db.strings("SELECT version FROM kei_schema_history"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFailureInsideATransactionalFileLeavesNothingBehind(String kind) throws Exception {
        Db db = db(kind);
        file(
                "20260101000001_broken.sql",
                "CREATE TABLE a (id integer);\nINSERT INTO a VALUES (1);\nINSERT INTO nowhere" + " VALUES (1);\n");
        Run up = migrate(db, "up");
        assertEquals(1, up.exit(), up.toString());
        assertTrue(up.err().contains("Migration 20260101000001_broken.sql failed."), up.err());
        assertTrue(up.err().contains("  Statement : INSERT INTO nowhere VALUES (1)"), up.err());
        assertTrue(up.err().contains("  Line      : 3"), up.err());
        assertTrue(up.err().contains("Nothing of this file was committed."), up.err());
        assertFalse(up.err().contains("Exception"), up.err());
        assertFalse(db.hasTable("a"));
        assertEquals(List.of("0"), db.strings("SELECT count(*) FROM kei_schema_history"));
    }

    @Test
    void aStatementByStatementFileResumesWhereItFailed() throws Exception {
        Db db = db("postgresql");
        file(
                "20260101000001_t.sql",
                "CREATE TABLE t (id integer, email text);\nINSERT INTO t VALUES (1, 'a'), (2, 'a');\n");
        file(
                "20260101000002_idx.sql",
                "-- kei:no-transaction\nINSERT INTO t VALUES (3, 'c');\n"
                        + "CREATE UNIQUE INDEX CONCURRENTLY uq_t_email ON t (email);\nINSERT INTO t VALUES (4, 'd');\n");
        Run first = migrate(db, "up");
        assertEquals(1, first.exit(), first.toString());
        assertTrue(first.err().contains("a re-run resumes here"), first.err());
        assertEquals(
                List.of("f"),
                db.strings("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                        + " WHERE c.relname = 'uq_t_email'"),
                "a failed concurrent build leaves an INVALID index");
        assertTrue(migrate(db, "status").out().contains("failed   20260101000002_idx  (stopped after unit 1"));

        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("UPDATE t SET email = 'b' WHERE id = 2");
        }
        Run again = migrate(db, "up");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.err().contains("resuming 20260101000002_idx after unit 1"), again.err());
        assertTrue(again.err().contains("INVALID"), again.err());
        assertEquals(
                List.of("1", "2", "3", "4"), db.strings("SELECT id FROM t ORDER BY id"), "the first insert ran once");
        assertEquals(
                List.of("t"),
                db.strings("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                        + " WHERE c.relname = 'uq_t_email'"));
        assertTrue(migrate(db, "status").out().contains("2 applied, 0 pending, 0 failed"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anEditedAppliedFileIsDriftAndBlocksUpUntilAllowed(String kind) throws Exception {
        Db db = db(kind);
        threeMigrations();
        assertEquals(0, migrate(db, "up", "1").exit());
        file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY, name text);\n");
        assertTrue(migrate(db, "status").out().contains("drift    20260101000001_authors"));
        Run up = migrate(db, "up");
        assertEquals(2, up.exit(), up.toString());
        assertTrue(up.err().contains("was edited after it ran (checksum drift)"), up.err());
        assertFalse(db.hasTable("books"));
        assertEquals(0, migrate(db, "up", "--allow-drift").exit());
        assertTrue(db.hasTable("books"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anIrreversibleDownIsRefusedBeforeAnythingRuns(String kind) throws Exception {
        Db db = db(kind);
        threeMigrations();
        file(
                "20260101000001_authors.down.sql",
                "-- IRREVERSIBLE: this table holds production data\nDROP TABLE authors;\n");
        assertEquals(0, migrate(db, "up").exit());
        Run down = migrate(db, "down", "3");
        assertEquals(1, down.exit(), down.toString());
        assertTrue(
                down.err().contains("Migration 20260101000001_authors is IRREVERSIBLE; nothing was reverted."),
                down.err());
        assertEquals(
                List.of("1"), db.strings("SELECT count(*) FROM books"), "not even the newest migration was reverted");
        assertEquals(0, migrate(db, "down", "2").exit());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void dryRunsPrintThePlanAndChangeNothing(String kind) throws Exception {
        Db db = db(kind);
        threeMigrations();
        Run plan = migrate(db, "up", "--dry-run");
        assertEquals(0, plan.exit(), plan.toString());
        assertTrue(
                plan.out().contains("20260101000002_books.sql  (one transaction, with its history row)"), plan.out());
        assertTrue(plan.out().contains("   2 | CREATE INDEX idx_books_author_id ON books (author_id)"), plan.out());
        assertFalse(db.hasTable("authors"));
        assertEquals(0, migrate(db, "up").exit());
        Run downPlan = migrate(db, "down", "1", "--dry-run");
        assertTrue(downPlan.out().contains("20260101000003_seed.down.sql"), downPlan.out());
        assertEquals(List.of("1"), db.strings("SELECT count(*) FROM books"));
    }

    @Test
    void createWritesAnEmptyPairAndRefusesBadNames() throws Exception {
        Db db = db("sqlite");
        Run create = migrate(db, "create", "add_users");
        assertEquals(0, create.exit(), create.toString());
        try (Stream<Path> files = Files.list(work.resolve("m"))) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size());
            assertTrue(names.get(0).matches("[0-9]{14}_add_users\\.down\\.sql"), names.toString());
            assertTrue(names.get(1).matches("[0-9]{14}_add_users\\.sql"), names.toString());
        }
        assertEquals(0, migrate(db, "create", "add_users").exit(), "the same second moves to the next");
        for (String bad : List.of("Add-Users", "x; rm -rf /", "", "../up")) {
            Run r = migrate(db, "create", bad);
            assertEquals(2, r.exit(), bad + ": " + r);
        }
    }

    @Test
    void aLockTimeoutIsRetriedWithJitter() throws Exception {
        Db db = db("postgresql");
        file("20260101000001_t.sql", "CREATE TABLE t (id integer);\n");
        assertEquals(0, migrate(db, "up").exit());
        file("20260101000002_alter.sql", "ALTER TABLE t ADD COLUMN name text;\n");
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("LOCK TABLE t IN ACCESS SHARE MODE");
            }
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(700);
                    holder.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            Run up = migrate(db, "--lock-timeout", "100ms", "up");
            release.join();
            assertEquals(0, up.exit(), up.toString());
            assertTrue(up.err().contains("lock_timeout (100ms) hit, trying again"), up.err());
        }
        assertEquals(
                List.of("name"),
                db.strings("SELECT column_name FROM information_schema.columns WHERE table_name = 't'"
                        + " AND column_name = 'name'"));
    }

    @Test
    void aLockAnotherSessionHoldsIsBlamedOnThatSessionNotOnTheFile() throws Exception {
        Db db = db("postgresql");
        file("20260101000001_t.sql", "CREATE TABLE t (id integer);\n");
        assertEquals(0, migrate(db, "up").exit());
        file("20260101000002_alter.sql", "ALTER TABLE t ADD COLUMN name text;\n");
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("LOCK TABLE t IN ACCESS SHARE MODE");
            }
            Run up = migrate(db, "--lock-timeout", "50ms", "up");
            holder.rollback();

            assertEquals(1, up.exit(), up.toString());
            assertTrue(
                    up.err()
                            .contains("Another session held a lock this file needs for longer than lock_timeout"
                                    + " (50ms)"),
                    up.err());
            assertFalse(up.err().contains("Fix the file"), up.err());
        }
    }

    @Test
    void badInputIsRefusedWithExitTwoAndNoSecret() throws Exception {
        Db db = new Db("postgresql", "postgres://admin:hunter2@127.0.0.1:1/nowhere");
        threeMigrations();
        Run unreachable = migrate(db, "status");
        assertEquals(1, unreachable.exit(), unreachable.toString());
        assertFalse((unreachable.out() + unreachable.err()).contains("hunter2"), unreachable.toString());
        assertTrue(unreachable.err().contains("postgresql://admin@127.0.0.1:1/nowhere"), unreachable.err());

        Run scheme = migrate(new Db("x", "mysql://root:hunter2@h/db"), "status");
        assertEquals(2, scheme.exit());
        assertFalse((scheme.out() + scheme.err()).contains("hunter2"));

        Db sqlite = db("sqlite");
        file("not_a_migration.sql", "SELECT 1;");
        Run badName = migrate(sqlite, "up");
        assertEquals(2, badName.exit(), badName.toString());
        assertTrue(badName.err().contains("does not follow the naming convention"), badName.err());
        Files.delete(work.resolve("m/not_a_migration.sql"));
        file("20260101000009_orphan.down.sql", "SELECT 1;");
        assertEquals(2, migrate(sqlite, "up").exit());
        Files.delete(work.resolve("m/20260101000009_orphan.down.sql"));
        assertEquals(2, migrate(sqlite, "down", "0").exit());
        assertEquals(
                2,
                migrate(sqlite, "--lock-timeout", "2s'; DROP TABLE x; --", "up").exit());
        assertEquals(2, migrate(sqlite, "frobnicate").exit());
        Run noDir = migrate(sqlite, "--dir", work.resolve("absent").toString(), "status");
        assertEquals(2, noDir.exit(), noDir.toString());
    }

    @Test
    void aFileFixedAfterAFailureFinishesWithoutDrift() throws Exception {
        Db db = db("postgresql");
        file(
                "20260101000001_t.sql",
                "-- kei:no-transaction\nCREATE TABLE t (id integer);\nINSERT INTO nowhere VALUES (1);\n");
        assertEquals(1, migrate(db, "up").exit());
        file(
                "20260101000001_t.sql",
                "-- kei:no-transaction\nCREATE TABLE t (id integer);\nINSERT INTO t VALUES (1);\n");
        assertEquals(0, migrate(db, "up").exit());
        Run status = migrate(db, "status");
        assertTrue(status.out().contains("1 applied, 0 pending, 0 failed, 0 drifted"), status.out());
    }

    @Test
    void anUnnamedConcurrentIndexBuildIsRefused() throws Exception {
        Db db = db("postgresql");
        file("20260101000001_t.sql", "CREATE TABLE t (v integer);\n");
        file("20260101000002_i.sql", "CREATE INDEX CONCURRENTLY ON t (v);\n");
        Run up = migrate(db, "up");
        assertEquals(2, up.exit(), up.toString());
        assertTrue(up.err().contains("CONCURRENTLY without a name (line 1)"), up.err());
        assertFalse(db.hasTable("t"), "refused before anything ran");
    }
}
