package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real {@code kei-migrate up} process (a JVM of its own) at random moments while it applies 50 mixed
 * migrations, at least 100 times, each on a fresh database of the JVM's shared embedded PostgreSQL (the kills hit
 * the client, never the server); after every kill a second
 * {@code up} must finish, and the database must match the catalogue exactly: one successful history row per file,
 * every table, column and index the files create present once and valid, nothing else, and every row inserted
 * once. Kill moments are seeded ({@code -Dkei.fault.seed}) and spread over the migrations (most rounds) or the
 * whole process, JVM start included.
 */
@Tag("slow")
@PostgresTest
class KillDuringUpTest {
    private static final long SEED = Long.getLong("kei.fault.seed", 20261121L);
    private static final int ROUNDS = Integer.getInteger("kei.fault.rounds", 100);
    private static final int MIGRATIONS = 50;

    @TempDir
    Path work;

    @Test
    void upKilledAtAnyMomentResumesToExactlyTheCatalogue(PostgresDatabases databases) throws Exception {
        Path dir = work.resolve("migrations");
        MixedMigrations catalogue = MixedMigrations.write(dir, MIGRATIONS, SEED);

        // an uninterrupted run measures the kill window: JVM start, then the migrations themselves
        PostgresDatabases.Database referenceDb = databases.create();
        String referenceUrl = referenceDb.url();
        Child reference = Child.start(referenceUrl, dir);
        assertEquals(0, reference.process.waitFor(), reference.log());
        long ended = System.nanoTime();
        assertTrue(reference.migrating.await(10, TimeUnit.SECONDS), reference.log());
        long total = Math.max(1, (ended - reference.started) / 1_000_000);
        long migrating = Math.max(1, (ended - reference.firstMigration) / 1_000_000);
        assertEquals(List.of(), differences(referenceUrl, catalogue, dir), "an uninterrupted run");
        databases.drop(referenceDb);

        SplittableRandom random = new SplittableRandom(SEED);
        int before = 0;
        int midFile = 0;
        int between = 0;
        int after = 0;
        int waited = 0;
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            PostgresDatabases.Database db = databases.create();
            String url = db.url();
            Child child = Child.start(url, dir);
            boolean wholeRun = random.nextInt(5) == 0;
            long delay = random.nextLong(wholeRun ? total : migrating);
            if (!wholeRun) {
                assertTrue(child.migrating.await(60, TimeUnit.SECONDS), child.log());
            }
            boolean finished = child.process.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no finally block runs
            }
            String when = "round " + round + " (seed " + SEED + ", "
                    + (wholeRun ? "from JVM start" : "from the first migration") + ", killed after " + delay
                    + " ms" + (finished ? ", had finished" : "") + ")";
            int[] standing = standing(url);
            if (standing[1] > 0) {
                midFile++;
            } else if (standing[0] == 0) {
                before++;
            } else if (standing[0] < MIGRATIONS) {
                between++;
            } else {
                after++;
            }

            MigrateJvm.Run again = MigrateJvm.inProcess("--database-url", url, "--dir", dir.toString(), "up");
            assertEquals(0, again.exit(), when + ": the re-run failed\n" + again + "\n--- killed run\n" + child.log());
            if (again.err().contains("Waiting for another kei-migrate")) {
                waited++; // the killed run's session was still finishing its statement
            }
            assertEquals(
                    List.of(),
                    differences(url, catalogue, dir),
                    when + "\n--- killed run\n" + child.log() + "\n--- re-run\n" + again.err());
            databases.drop(db); // a hundred rounds: keep the server small
        }
        System.out.printf(
                "KillDuringUpTest: %d rounds in %d s (uninterrupted run %d ms, migrations %d ms): killed before the"
                        + " first migration %d, between migrations %d, inside a statement-by-statement file %d,"
                        + " after the last %d; re-runs that waited for the killed run's session to end %d%n",
                ROUNDS,
                (System.nanoTime() - started) / 1_000_000_000,
                total,
                migrating,
                before,
                between,
                midFile,
                after,
                waited);
        assertTrue(between + midFile >= ROUNDS / 2, "too few kills landed among the migrations");
        assertTrue(midFile >= 3, "too few kills landed inside a statement-by-statement file: " + midFile);
    }

    private static List<String> differences(String url, MixedMigrations catalogue, Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            return catalogue.differences(c, dir);
        }
    }

    /** {successful history rows, unfinished statement-by-statement rows} right after the kill. */
    private static int[] standing(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE success), count(*) FILTER (WHERE NOT"
                        + " success) FROM " + HistoryTable.NAME)) {
            return rs.next() ? new int[] {rs.getInt(1), rs.getInt(2)} : new int[] {0, 0};
        } catch (java.sql.SQLException e) {
            return new int[] {0, 0}; // the history table does not exist yet
        }
    }

    /** A kei-migrate up in its own JVM, its output kept, with the moment it started its first migration. */
    private static final class Child {
        final Process process;
        final long started = System.nanoTime();
        final CountDownLatch migrating = new CountDownLatch(1);
        final StringBuffer log = new StringBuffer();
        volatile long firstMigration;

        private Child(Process process) {
            this.process = process;
        }

        static Child start(String url, Path dir) throws Exception {
            Process p = MigrateJvm.process("--database-url", url, "--dir", dir.toString(), "up")
                    .redirectErrorStream(true)
                    .start();
            Child child = new Child(p);
            Thread reader = new Thread(() -> child.read(), "kei-migrate output");
            reader.setDaemon(true);
            reader.start();
            return child;
        }

        private void read() {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if ((line.startsWith("[1/") || line.startsWith("[1-")) && migrating.getCount() > 0) {
                        firstMigration = System.nanoTime();
                        migrating.countDown();
                    }
                    log.append(line).append('\n');
                }
            } catch (java.io.IOException e) {
                log.append("(output ended: ").append(e.getMessage()).append(")\n");
            }
        }

        String log() {
            return log.toString();
        }
    }
}
