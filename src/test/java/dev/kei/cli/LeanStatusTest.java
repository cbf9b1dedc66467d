package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kei-migrate's lean status path against the picocli path on the same cases (applied, pending, drift, missing, a bad
 * URL, an unreachable server, a missing folder, a misnamed file, SQLite, a contract step waiting for --contract):
 * the same exit code, stdout and stderr; and
 * every call shape it does not read goes to picocli.
 */
@PostgresTest
class LeanStatusTest {
    @TempDir
    Path work;

    PostgresDatabases databases;

    @BeforeEach
    void databases(PostgresDatabases databases) {
        this.databases = databases;
    }

    record Run(int exit, String out, String err) {}

    private static Run run(boolean lean, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = lean
                ? LeanStatus.tryRun(args, console)
                : KeiMigrate.commandLine(console).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Both paths on {@code args}: the lean one must take the call and answer exactly as picocli does. */
    private static Run same(String... args) {
        Run lean = run(true, args);
        Run picocli = run(false, args);
        assertEquals(picocli, lean, String.join(" ", args));
        assertTrue(lean.exit() >= 0, "the lean path took the call");
        return lean;
    }

    private Path file(String name, String sql) throws Exception {
        Files.createDirectories(work.resolve("m"));
        return Files.writeString(work.resolve("m").resolve(name), sql);
    }

    private String dir() {
        return work.resolve("m").toString();
    }

    @Test
    void appliedPendingDriftAndMissingReadTheSameOnBothPaths() throws Exception {
        String url = databases.create().url();
        Path authors = file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY);\n");
        file("20260101000001_authors.down.sql", "DROP TABLE authors;\n");
        Path books = file("20260101000002_books.sql", "CREATE TABLE books (id integer PRIMARY KEY);\n");
        assertEquals(0, run(false, "--database-url", url, "--dir", dir(), "up").exit());
        Run ok = same("--database-url", url, "--dir", dir(), "status");
        assertEquals(0, ok.exit());
        assertTrue(ok.out().contains("2 applied, 0 pending"), ok.out());

        file("20260101000003_orders.sql", "CREATE TABLE orders (id integer PRIMARY KEY);\n");
        assertTrue(same("--dir", dir(), "--database-url", url, "status").out().contains("1 pending"));

        Files.writeString(authors, "CREATE TABLE authors (id bigint PRIMARY KEY);\n");
        assertTrue(same("--database-url", url, "--dir", dir(), "status").out().contains("drift    "));

        Files.delete(books);
        assertTrue(same("--database-url", url, "--dir", dir(), "status").out().contains("missing  "));
    }

    @Test
    void aContractStepWaitingForContractReadsTheSameOnBothPaths() throws Exception {
        file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY, name text);\n");
        file("20260101000002_drop_name.sql", "-- kei:contract\nALTER TABLE authors DROP COLUMN name;\n");
        file("20260101000003_books.sql", "CREATE TABLE books (id integer PRIMARY KEY);\n");
        for (String url : List.of(databases.create().url(), "sqlite:" + work.resolve("app.db"))) {
            assertEquals(
                    0, run(false, "--database-url", url, "--dir", dir(), "up").exit());
            Run waiting = same("--database-url", url, "--dir", dir(), "status");
            assertEquals(0, waiting.exit());
            assertTrue(
                    waiting.out()
                            .contains("waiting  20260101000002_drop_name  (contract step: waiting for"
                                    + " --contract)\npending  20260101000003_books  (held back behind contract step"
                                    + " 20260101000002_drop_name)\n1 applied, 1 pending, 0 failed, 0 drifted, 0 missing, 1"
                                    + " waiting for --contract ("),
                    waiting.out());

            assertEquals(
                    0,
                    run(false, "--database-url", url, "--dir", dir(), "up", "--contract")
                            .exit());
            assertTrue(
                    same("--database-url", url, "--dir", dir(), "status").out().contains("3 applied, 0 pending"));
        }
    }

    @Test
    void sqliteReadsTheSameOnBothPaths() throws Exception {
        String url = "sqlite:" + work.resolve("app.db");
        file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY);\n");
        assertEquals(0, run(false, "--database-url", url, "--dir", dir(), "up").exit());
        assertEquals(0, same("--database-url", url, "--dir", dir(), "status").exit());
    }

    @Test
    void aRefusedFolderCreatesNoSqliteDatabase() throws Exception {
        // connecting to SQLite creates its file: status must not connect before the folder is read
        file("20260101000001_Authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY);\n");
        Path db = work.resolve("new.db");
        assertEquals(
                2,
                same("--database-url", "sqlite:" + db, "--dir", dir(), "status").exit());
        Thread.sleep(200);
        assertTrue(!Files.exists(db), "no database file was created");
    }

    @Test
    void errorsAreTheSameOnBothPaths() throws Exception {
        file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY);\n");
        Run badUrl = same("--database-url", "postgres://kei:pa%zzword@localhost/kei", "--dir", dir(), "status");
        assertEquals(2, badUrl.exit());
        assertTrue(!badUrl.err().contains("pa%zz") && !badUrl.err().contains("zzword"), badUrl.err());
        assertEquals(
                2,
                same("--database-url", "mysql://localhost/kei", "--dir", dir(), "status")
                        .exit());
        assertEquals(
                1,
                same("--database-url", "postgres://kei@127.0.0.1:1/kei", "--dir", dir(), "status")
                        .exit());
        String url = databases.create().url();
        assertEquals(
                2,
                same("--database-url", url, "--dir", work.resolve("none").toString(), "status")
                        .exit());
        file("20260101000002_Books.sql", "CREATE TABLE books (id integer PRIMARY KEY);\n");
        assertEquals(2, same("--database-url", url, "--dir", dir(), "status").exit());
    }

    @Test
    void aPlainStatusProcessBuildsNoPicocliModelAndPrintsWhatPicocliPrints() throws Exception {
        String url = "sqlite:" + work.resolve("app.db");
        file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY);\n");
        assertEquals(0, run(false, "--database-url", url, "--dir", dir(), "up").exit());
        Path classes = work.resolve("classes.log");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-Xlog:class+load=info:file=" + classes,
                        "-cp",
                        System.getProperty("java.class.path"),
                        KeiMigrate.class.getName(),
                        "--database-url",
                        url,
                        "--dir",
                        dir(),
                        "status")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals(run(false, "--database-url", url, "--dir", dir(), "status").out(), out);
        String loaded = Files.readString(classes);
        assertTrue(loaded.contains("dev.kei.cli.LeanStatus"), "the lean path ran");
        // the JVM's check of KeiMigrate.main loads the three picocli types its methods name, no more
        assertTrue(!loaded.contains(" picocli.CommandLine$Model"), "no picocli command model on the lean path");
    }

    @Test
    void onlyThePlainStatusShapeTakesTheLeanPath() {
        assertNotNull(LeanStatus.parse(new String[] {"--dir", "m", "status"}));
        assertNotNull(LeanStatus.parse(new String[] {"--database-url", "sqlite:a.db", "--dir", "m", "status"}));
        assertNotNull(LeanStatus.parse(new String[] {"--dir", "m", "--database-url", "", "status"}));
        for (List<String> call : List.of(
                List.of("status"),
                List.of("--dir", "m"),
                List.of("--dir", "m", "status", "--json"),
                List.of("--dir", "m", "status", "-h"),
                List.of("--verbose", "--dir", "m", "status"),
                List.of("--dir=m", "status"),
                List.of("--dir", "m", "--dir", "n", "status"),
                List.of("--dir", "status", "status"),
                List.of("--dir", "--verbose", "status"),
                List.of("--dir", "@args", "status"),
                List.of("@args", "m", "status"),
                List.of("--lock-timeout", "5s", "--dir", "m", "status"),
                List.of("--dir", "m", "up"),
                List.of("--dir", "m\0", "status"))) {
            assertNull(LeanStatus.parse(call.toArray(String[]::new)), call.toString());
        }
    }
}
