package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight {@code kei-migrate up} processes (JVMs of their own) started at once against one database: every one exits
 * 0 within a bounded time (nobody deadlocks on the migration lock, not even beside a {@code CREATE INDEX
 * CONCURRENTLY}), and every migration is applied exactly once: one history row each, one ledger row each, the
 * catalogue exactly as the files build it, and the processes' "Applied N" adding up to the number of files.
 */
@Tag("slow")
@PostgresTest
class ConcurrentUpTest {
    private static final int PROCESSES = 8;
    private static final int MIGRATIONS = 30;
    private static final Pattern APPLIED = Pattern.compile("Applied (\\d+) migrations?");

    @TempDir
    Path work;

    @Test
    void eightProcessesApplyEveryMigrationOnceOnPostgresql(PostgresDatabases databases) throws Exception {
        Path dir = work.resolve("m");
        MixedMigrations catalogue = MixedMigrations.write(dir, MIGRATIONS, 30L);
        String url = databases.create().url();

        assertEquals(MIGRATIONS, upEverywhere(url, dir));
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(List.of(), catalogue.differences(c, dir));
        }
    }

    @Test
    void eightProcessesApplyEveryMigrationOnceOnSqlite() throws Exception {
        Path dir = work.resolve("m");
        Files.createDirectories(dir);
        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i < MIGRATIONS; i++) {
            String version = String.format("202601010000%02d", i);
            StringBuilder sql = new StringBuilder();
            if (i == 0) {
                sql.append("CREATE TABLE counter (version text NOT NULL);\n");
            } else if (i % 7 == 3) {
                sql.append(MigrationFile.NO_TRANSACTION).append('\n');
            } else if (i % 7 == 5) {
                sql.append("CREATE TABLE s").append(i).append(" (id integer PRIMARY KEY);\nBEGIN;\n");
            }
            sql.append("CREATE TABLE t").append(i).append(" (id integer PRIMARY KEY, label text NOT NULL);\n");
            sql.append("INSERT INTO t").append(i).append(" VALUES (1, 'one'), (2, 'two');\n");
            sql.append("CREATE INDEX ix").append(i).append(" ON t").append(i).append(" (label);\n");
            sql.append("INSERT INTO counter VALUES ('").append(version).append("');\n");
            if (i % 7 == 5) {
                sql.append("COMMIT;\n");
            }
            Files.writeString(dir.resolve(version + "_m" + i + ".sql"), sql.toString());
            expected.put(version, "1");
        }
        String url = "sqlite:" + work.resolve("app.db");

        assertEquals(MIGRATIONS, upEverywhere(url, dir));
        try (Connection c = DriverManager.getConnection("jdbc:" + url)) {
            assertEquals(expected, counts(c, "SELECT version, count(*) FROM counter GROUP BY version"));
            Map<String, String> history = new TreeMap<>();
            expected.keySet().forEach(v -> history.put(v, "1"));
            assertEquals(history, counts(c, "SELECT version, success FROM " + HistoryTable.NAME));
            assertEquals(
                    Map.of("index", String.valueOf(MIGRATIONS), "table", String.valueOf(MIGRATIONS + 1 + 4 + 1)),
                    counts(
                            c,
                            "SELECT type, count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                                    + " GROUP BY type"),
                    "t0..t29, counter, s5, s12, s19, s26, the history table; ix0..ix29");
        }
    }

    /** Starts the eight processes at once, waits a bounded time for each, returns how many migrations they applied. */
    private int upEverywhere(String url, Path dir) throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(MigrateJvm.process("--database-url", url, "--dir", dir.toString(), "up")
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("up" + i + ".log").toFile())
                    .start());
        }
        int applied = 0;
        int waited = 0;
        try {
            for (int i = 0; i < PROCESSES; i++) {
                Process p = processes.get(i);
                boolean ended = p.waitFor(120, TimeUnit.SECONDS);
                String log = Files.readString(work.resolve("up" + i + ".log"));
                assertTrue(ended, "process " + i + " did not finish in 120 s (deadlocked?):\n" + log);
                assertEquals(0, p.exitValue(), "process " + i + ":\n" + log);
                Matcher m = APPLIED.matcher(log);
                assertTrue(m.find(), log);
                applied += Integer.parseInt(m.group(1));
                waited += log.contains("Waiting for another kei-migrate") ? 1 : 0;
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
        System.out.printf("ConcurrentUpTest (%s): %d of %d processes waited for the lock%n", url, waited, PROCESSES);
        assertTrue(waited > 0, "the processes never met: nothing was tested");
        return applied;
    }

    private static Map<String, String> counts(Connection c, String sql) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
