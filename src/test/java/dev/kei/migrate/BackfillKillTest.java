package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real {@code kei-migrate up} process (a JVM of its own) at random moments while it runs a backfill,
 * each trial on a fresh database; a re-run must finish with every row the UPDATE's WHERE matches updated exactly
 * once and no other row touched, the history holding one successful row per file, no checkpoint left, and the
 * re-run resuming after the batches the killed run had checkpointed rather than redoing them. Rows, trials and the
 * seed are settings ({@code -Dkei.backfill.rows}, {@code -Dkei.backfill.trials}, {@code -Dkei.fault.seed}); the
 * default run is 100,000 rows and 20 trials.
 */
@Tag("slow")
@PostgresTest
class BackfillKillTest {
    private static final long SEED = Long.getLong("kei.fault.seed", 20261201L);
    private static final int ROWS = Integer.getInteger("kei.backfill.rows", 100_000);
    private static final int TRIALS = Integer.getInteger("kei.backfill.trials", 20);
    private static final int BATCH = Math.max(1000, ROWS / 50);
    private static final Pattern RESUMED = Pattern.compile("resuming after (\\d+) batches");

    @TempDir
    Path work;

    @Test
    void aBackfillKilledAtAnyMomentResumesToEveryRowUpdatedOnce(PostgresDatabases databases) throws Exception {
        Path dir = work.resolve("m");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("20260101000001_t.sql"),
                "CREATE TABLE t (id bigint PRIMARY KEY, a integer NOT NULL, n integer NOT NULL DEFAULT 0);\n"
                        + "INSERT INTO t (id, a) SELECT g, g % 13 FROM generate_series(1, " + ROWS + ") g;\n"
                        + "ANALYZE t;\n");
        Files.writeString(
                dir.resolve("20260101000002_fill.sql"),
                MigrationFile.NO_TRANSACTION + "\nCREATE TABLE before_fill (id integer);\n"
                        + "-- kei:backfill batch " + BATCH + "\n"
                        + "UPDATE t SET n = n + 1, a = a * 2 WHERE id % 10 <> 0;\n"
                        + "CREATE TABLE after_fill (id integer);\n");

        PostgresDatabases.Database reference = prepared(databases, dir);
        long started = System.nanoTime();
        Process first = child(reference, dir);
        assertEquals(0, first.waitFor(), Files.readString(work.resolve("child.log")));
        long window = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        check(reference, "an uninterrupted run");
        databases.drop(reference);

        SplittableRandom random = new SplittableRandom(SEED);
        int midBackfill = 0;
        int batchesKept = 0;
        long trialsStarted = System.nanoTime();
        for (int trial = 0; trial < TRIALS; trial++) {
            PostgresDatabases.Database db = prepared(databases, dir);
            long delay = random.nextLong(window);
            Process p = child(db, dir);
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no finally block runs
            }
            String when = "trial " + trial + " (seed " + SEED + ", kill at " + delay + " of " + window + " ms)";
            List<String> kept = db.strings("SELECT count(*) FROM pg_class WHERE relname = 'kei_schema_backfill'")
                            .equals(List.of("1"))
                    ? db.strings("SELECT batches::text FROM kei_schema_backfill")
                    : List.of();
            MigrateJvm.Run again = MigrateJvm.inProcess("--database-url", db.url(), "--dir", dir.toString(), "up");
            assertEquals(0, again.exit(), when + "\n" + again + "\n--- killed run\n" + log());
            if (!kept.isEmpty()) {
                midBackfill++;
                batchesKept += Integer.parseInt(kept.get(0));
                // a COMMIT sent just before the kill may land after the read above: one batch more, never fewer
                Matcher resumed = RESUMED.matcher(again.err());
                assertTrue(resumed.find(), when + "\n" + again);
                int after = Integer.parseInt(resumed.group(1));
                assertTrue(
                        after >= Integer.parseInt(kept.get(0)) && after <= Integer.parseInt(kept.get(0)) + 1,
                        when + "\n" + again);
            }
            check(db, when);
            databases.drop(db);
        }
        System.out.printf(
                "BackfillKillTest: %d rows, batch %d, an uninterrupted run %d ms; %d kill trials in %d s, %d of them"
                        + " mid-backfill (%d checkpointed batches not redone)%n",
                ROWS,
                BATCH,
                window,
                TRIALS,
                (System.nanoTime() - trialsStarted) / 1_000_000_000L,
                midBackfill,
                batchesKept);
    }

    /** A fresh database with the table filled (the first file applied), so the kills land in the backfill's file. */
    private static PostgresDatabases.Database prepared(PostgresDatabases databases, Path dir) throws Exception {
        PostgresDatabases.Database db = databases.create();
        MigrateJvm.Run run = MigrateJvm.inProcess("--database-url", db.url(), "--dir", dir.toString(), "up", "1");
        assertEquals(0, run.exit(), run.toString());
        return db;
    }

    private Process child(PostgresDatabases.Database db, Path dir) throws Exception {
        return MigrateJvm.process("--database-url", db.url(), "--dir", dir.toString(), "up")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile())
                .start();
    }

    private String log() throws Exception {
        return Files.readString(work.resolve("child.log"));
    }

    /** Every matching row updated once, no other row touched, the history whole and no checkpoint left. */
    private static void check(PostgresDatabases.Database db, String when) throws Exception {
        assertEquals(
                List.of("0"),
                db.strings("SELECT count(*) FROM t WHERE (id % 10 <> 0 AND (n, a) <> (1, (id % 13)::int * 2))"
                        + " OR (id % 10 = 0 AND (n, a) <> (0, (id % 13)::int))"),
                when + ": rows not updated exactly once");
        assertEquals(List.of(String.valueOf(ROWS)), db.strings("SELECT count(*) FROM t"), when);
        assertEquals(
                List.of("20260101000001 true 3", "20260101000002 true 3"),
                db.strings("SELECT version || ' ' || success || CASE WHEN step > 0 THEN ' ' || step ELSE '' END"
                        + " FROM kei_schema_history ORDER BY version"),
                when + ": history");
        assertEquals(List.of("0"), db.strings("SELECT count(*) FROM kei_schema_backfill"), when + ": checkpoint");
        assertEquals(
                List.of("after_fill", "before_fill"),
                db.strings("SELECT relname::text FROM pg_class WHERE relname IN ('before_fill', 'after_fill')"
                        + " ORDER BY 1"),
                when);
    }
}
