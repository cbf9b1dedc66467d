package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 10: an entry of the migrations folder whose name ends in {@code .sql} (in any case) but that is no
 * readable migration file stops {@code up} and {@code status} with exit 2, naming the entry and why, before anything
 * runs; it used to be skipped silently. Entries that are clearly no migrations (README.md, .gitkeep, a folder) are
 * still left alone.
 */
class MigrationFolderEntriesTest {
    @TempDir
    Path work;

    Path dir;
    String url;

    @BeforeEach
    void folder() throws Exception {
        dir = work.resolve("m");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("20260101000001_a.sql"), "CREATE TABLE a (id integer);\n");
        url = "sqlite:" + work.resolve("app.db");
    }

    private MigrateJvm.Run migrate(String command) {
        return MigrateJvm.inProcess("--database-url", url, "--dir", dir.toString(), command);
    }

    /** {@code up} and {@code status} both stop with exit 2 naming the entry and the reason; nothing was applied. */
    private void refused(String entry, String why) throws Exception {
        for (String command : new String[] {"up", "status"}) {
            MigrateJvm.Run run = migrate(command);
            assertEquals(2, run.exit(), command + ": " + run);
            assertTrue(run.err().contains(entry), command + " names the entry: " + run.err());
            assertTrue(run.err().contains(why), command + " says why: " + run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        if (Files.exists(work.resolve("app.db"))) {
            try (Connection c = DriverManager.getConnection("jdbc:" + url);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'a'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "nothing was applied");
            }
        }
    }

    @Test
    void anUpperCaseSqlExtensionIsRefusedNotSkipped() throws Exception {
        Files.writeString(dir.resolve("20260101000002_b.SQL"), "CREATE TABLE b (id integer);\n");
        refused("20260101000002_b.SQL", "lower-case .sql");
    }

    @Test
    void aDanglingSymlinkIsRefusedNotSkipped() throws Exception {
        Files.createSymbolicLink(dir.resolve("20260101000002_b.sql"), Path.of("gone.sql"));
        refused("20260101000002_b.sql", "symbolic link to gone.sql, which does not exist");
    }

    @Test
    void aLoopingSymlinkIsRefusedNotSkipped() throws Exception {
        Files.createSymbolicLink(dir.resolve("20260101000002_b.sql"), Path.of("20260101000002_c.sql"));
        Files.createSymbolicLink(dir.resolve("20260101000002_c.sql"), Path.of("20260101000002_b.sql"));
        refused("20260101000002_b.sql", "symbolic link that loops");
    }

    @Test
    void aFifoIsRefusedNotSkippedNorRead() throws Exception {
        Process mkfifo = new ProcessBuilder(
                        "mkfifo", dir.resolve("20260101000002_b.sql").toString())
                .inheritIO()
                .start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");
        refused("20260101000002_b.sql", "not a regular file");
    }

    @Test
    void aFolderNamedLikeAMigrationIsRefusedNotSkipped() throws Exception {
        Files.createDirectories(dir.resolve("20260101000002_x.sql"));
        refused("20260101000002_x.sql", "is a folder");
    }

    @Test
    void entriesThatAreClearlyNoMigrationsAreStillLeftAlone() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# migrations\n");
        Files.writeString(dir.resolve(".gitkeep"), "");
        Files.createDirectories(dir.resolve("archive"));
        Files.createSymbolicLink(dir.resolve("notes.txt"), Path.of("gone.txt"));
        MigrateJvm.Run up = migrate("up");
        assertEquals(0, up.exit(), up.toString());
        assertTrue((up.out() + up.err()).contains("Applied 1 migration"), up.toString());
    }
}
