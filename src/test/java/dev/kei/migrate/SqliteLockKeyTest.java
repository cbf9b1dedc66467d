package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, item 8: the SQLite migration lock is keyed on the file SQLite opens, not on the URL's path string: a
 * symbolic link to the database, a path spelled another way or with a query of pragmas shares the database's lock;
 * and an in-memory SQLite URL, whose history would be lost at exit, is refused with exit 2.
 */
class SqliteLockKeyTest {
    @TempDir
    Path work;

    private static Path lockKey(String url) throws Exception {
        return MigrationLock.lockFile(DatabaseUrl.parse(url).file().orElseThrow());
    }

    @Test
    void everySpellingOfOneDatabaseFileHasOneLockFile() throws Exception {
        Path real = work.resolve("c.db");
        Files.writeString(real, "");
        Files.createDirectories(work.resolve("sub"));
        Files.createSymbolicLink(work.resolve("alias.db"), real);
        Files.createSymbolicLink(work.resolve("linkdir"), work);
        Path expected = real.toRealPath().resolveSibling("c.db.kei-lock");
        for (String url : List.of(
                "sqlite:" + real,
                "sqlite:" + work.resolve("alias.db"),
                "jdbc:sqlite:" + work.resolve("sub/../c.db"),
                "sqlite:" + work.resolve("linkdir/c.db"),
                "sqlite:" + real + "?journal_mode=wal",
                "sqlite:file:" + real,
                "sqlite:file://" + real + "?mode=rw")) {
            assertEquals(expected, lockKey(url), url);
        }
    }

    @Test
    void aDatabaseNotCreatedYetIsKeyedOnTheFileItWillBe() throws Exception {
        Files.createSymbolicLink(work.resolve("alias.db"), Path.of("new.db"));
        Path expected = work.toRealPath().resolve("new.db.kei-lock");
        assertEquals(expected, lockKey("sqlite:" + work.resolve("new.db")));
        assertEquals(expected, lockKey("sqlite:" + work.resolve("alias.db")), "a link to a file not created yet");
    }

    @Test
    void anUpThroughASymlinkWaitsForTheLockHeldThroughTheRealPath() throws Exception {
        Path dir = work.resolve("m");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("20260101000001_t.sql"), "CREATE TABLE t (id integer);\n");
        Path real = work.resolve("c.db");
        Files.createSymbolicLink(work.resolve("alias.db"), real);
        try (UrlTarget target = new UrlTarget(DatabaseUrl.parse("sqlite:" + real));
                MigrationLock held = MigrationLock.acquire(target, Duration.ofSeconds(5), () -> {})) {
            MigrateJvm.Run up = MigrateJvm.inProcess(
                    "--database-url",
                    "sqlite:" + work.resolve("alias.db"),
                    "--dir",
                    dir.toString(),
                    "--lock-wait",
                    "1",
                    "up");
            assertEquals(1, up.exit(), up.toString());
            assertTrue(up.err().contains("Waiting for another kei-migrate"), up.err());
            assertTrue(up.err().contains("held the migration lock for longer than --lock-wait"), up.err());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + real);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 't'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "nothing ran beside the lock holder");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sqlite::memory:",
                "jdbc:sqlite::memory:",
                "sqlite:file::memory:?cache=shared",
                "sqlite:file:mem.db?mode=memory&cache=shared",
                "sqlite:file:",
                "sqlite::memory:?journal_mode=wal"
            })
    void anInMemoryDatabaseIsRefused(String url) throws Exception {
        Path dir = work.resolve("m");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("20260101000001_t.sql"), "CREATE TABLE t (id integer);\n");
        MigrateJvm.Run up = MigrateJvm.inProcess("--database-url", url, "--dir", dir.toString(), "up");
        assertEquals(2, up.exit(), up.toString());
        assertTrue(up.err().contains("in memory"), up.err());
        assertFalse(up.err().contains("Exception"), up.err());
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(dir), left.toList(), "no database or lock file was created");
        }
    }

    /**
     * The case as it happened: processes started at once, half through {@code sqlite:c.db}, half through
     * {@code sqlite:alias.db} (a symbolic link to it); every statement-by-statement migration runs exactly once.
     */
    @Tag("slow")
    @Test
    void upsThroughTheFileAndASymlinkToItRunEachMigrationOnce() throws Exception {
        Path dir = work.resolve("m");
        Files.createDirectories(dir);
        Map<String, String> once = new TreeMap<>();
        Files.writeString(dir.resolve("20260101000000_counter.sql"), "CREATE TABLE counter (version text NOT NULL);\n");
        for (int i = 1; i <= 6; i++) {
            String version = String.format("202601010000%02d", i);
            Files.writeString(
                    dir.resolve(version + "_m" + i + ".sql"),
                    MigrationFile.NO_TRANSACTION + "\nINSERT INTO counter VALUES ('" + version + "');\n"
                            + "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 200000)"
                            + " SELECT count(*) FROM r;\n");
            once.put(version, "1");
        }
        Path real = work.resolve("c.db");
        Files.createSymbolicLink(work.resolve("alias.db"), Path.of("c.db"));
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String url = "sqlite:" + work.resolve(i % 2 == 0 ? "c.db" : "alias.db");
            processes.add(MigrateJvm.process("--database-url", url, "--dir", dir.toString(), "up")
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("up" + i + ".log").toFile())
                    .start());
        }
        try {
            for (int i = 0; i < processes.size(); i++) {
                assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "process " + i + " finished");
                String log = Files.readString(work.resolve("up" + i + ".log"));
                assertEquals(0, processes.get(i).exitValue(), "process " + i + ":\n" + log);
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
        Map<String, String> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + real);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, count(*) FROM counter GROUP BY version")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getString(2));
            }
        }
        assertEquals(once, counts, "every statement-by-statement migration ran exactly once");
    }
}
