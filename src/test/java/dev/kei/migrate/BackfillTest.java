package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -- kei:backfill} on a real PostgreSQL: the batched UPDATE leaves the table exactly as one plain UPDATE
 * would (integer, uuid and composite keys, with and without a WHERE), prints progress, and a batch that fails
 * leaves the batches before it committed and recorded, so a re-run resumes after them.
 */
@Tag("slow")
@PostgresTest
class BackfillTest {
    private static final String CREATE = "CREATE TABLE t (id bigint PRIMARY KEY, a integer NOT NULL, b text, n integer"
            + " NOT NULL DEFAULT 0);\n"
            + "INSERT INTO t (id, a, b) SELECT g * 3, g % 97, 'r' || g FROM generate_series(1, 100000) g;\n"
            + "ANALYZE t;\n";
    private static final String UPDATE = "UPDATE t SET b = b || '-' || a, a = a * 2, n = n + 1 WHERE a % 3 <> 0";

    @TempDir
    Path work;

    @Test
    void aBackfillOf100000RowsLeavesTheTableAsOnePlainUpdateWould(PostgresDatabases databases) throws Exception {
        String batched = tableAfter(databases, "batched", CREATE, "-- kei:backfill batch 1000\n" + UPDATE, true);
        String plain = tableAfter(databases, "plain", CREATE, UPDATE, false);
        assertEquals(plain, batched);
    }

    @Test
    void uuidAndCompositeKeysAndAnAliasBatchAsOnePlainUpdate(PostgresDatabases databases) throws Exception {
        String uuid = "CREATE TABLE t (id uuid PRIMARY KEY, a integer NOT NULL, n integer NOT NULL DEFAULT 0);\n"
                + "INSERT INTO t (id, a) SELECT md5(g::text)::uuid, g FROM generate_series(1, 5000) g;\n";
        String update = "UPDATE t SET n = n + 1, a = a + 1 WHERE a % 5 <> 0";
        assertEquals(
                tableAfter(databases, "uuid-plain", uuid, update, false),
                tableAfter(databases, "uuid", uuid, "-- kei:backfill batch 333\n" + update, true));
        String composite = "CREATE TABLE t (\"Region\" text, id integer, a integer NOT NULL, n integer NOT NULL"
                + " DEFAULT 0, PRIMARY KEY (\"Region\", id));\n"
                + "INSERT INTO t SELECT 'r' || (g % 7), g, g FROM generate_series(1, 5000) g;\n";
        String aliased = "UPDATE t AS x SET n = x.n + 1 WHERE x.a % 2 = 0";
        assertEquals(
                tableAfter(databases, "composite-plain", composite, aliased, false),
                tableAfter(databases, "composite", composite, "-- kei:backfill batch 97 pause 1\n" + aliased, true));
    }

    @Test
    void aTextKeyWithQuotesAndAJsonbQuestionMarkBatchAsOnePlainUpdate(PostgresDatabases databases) throws Exception {
        String create = "CREATE TABLE t (code text PRIMARY KEY, doc jsonb NOT NULL, n integer NOT NULL DEFAULT 0);\n"
                + "INSERT INTO t SELECT 'k''\\' || g, CASE WHEN g % 3 = 0 THEN '{\"x\": 1}'::jsonb ELSE '{}' END"
                + " FROM generate_series(1, 3000) g;\n";
        String update = "UPDATE t SET n = n + 1 WHERE doc ? 'x'";
        assertEquals(
                tableAfter(databases, "text-plain", create, update, false),
                tableAfter(databases, "text", create, "-- kei:backfill batch 100\n" + update, true));
    }

    @Test
    void aFailedBatchLeavesTheBatchesBeforeItCommittedAndARerunResumesAfterThem(PostgresDatabases databases)
            throws Exception {
        Path dir = work.resolve("failing");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("20260101000001_t.sql"),
                "CREATE TABLE t (id integer PRIMARY KEY, n integer NOT NULL DEFAULT 0);\n"
                        + "INSERT INTO t (id) SELECT g FROM generate_series(1, 20000) g;\n"
                        + "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " RAISE EXCEPTION 'refused row %', NEW.id; END $$;\n"
                        + "CREATE TRIGGER refuse BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.id = 5500)"
                        + " EXECUTE FUNCTION refuse();\n");
        Files.writeString(
                dir.resolve("20260101000002_fill.sql"),
                MigrationFile.NO_TRANSACTION + "\nCREATE TABLE before_fill (id integer);\n"
                        + "-- kei:backfill batch 1000\nUPDATE t SET n = n + 1;\nCREATE TABLE after_fill (id integer);\n");
        PostgresDatabases.Database db = databases.create();
        String[] up = {"--database-url", db.url(), "--dir", dir.toString(), "up"};
        MigrateJvm.Run failed = MigrateJvm.inProcess(up);
        assertEquals(1, failed.exit(), failed.toString());
        assertTrue(failed.err().contains("refused row 5500"), failed.toString());
        assertTrue(failed.err().contains("The 5 batches before this one (5000 rows, up to key 5000)"), failed.err());
        assertEquals(
                List.of("0 15000", "1 5000"), db.strings("SELECT n || ' ' || count(*) FROM t GROUP BY n ORDER BY n"));
        assertEquals(
                List.of("{5000} 5000 5"),
                db.strings("SELECT last_key::text || ' ' || rows_done || ' ' || batches FROM"
                        + " kei_schema_backfill WHERE version = '20260101000002' AND unit = 2"));
        assertEquals(List.of("false 1"), history(db, "20260101000002"));
        assertEquals(
                List.of("before_fill"),
                db.strings("SELECT relname FROM pg_class WHERE relname IN ('before_fill', 'after_fill')"));

        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER refuse ON t");
        }
        MigrateJvm.Run again = MigrateJvm.inProcess(up);
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.err().contains("resuming after 5 batches, 5000 rows, key 5000"), again.err());
        assertEquals(List.of("1 20000"), db.strings("SELECT n || ' ' || count(*) FROM t GROUP BY n"));
        assertEquals(List.of("true 3"), history(db, "20260101000002"));
        assertEquals(List.of("0"), db.strings("SELECT count(*) FROM kei_schema_backfill"));
        assertEquals(
                List.of("2"),
                db.strings("SELECT count(*) FROM pg_class WHERE relname IN ('before_fill', 'after_fill')"));
    }

    @Test
    void aBatchThatHitsLockTimeoutIsTriedAgainAloneAndTheBackfillFinishes(PostgresDatabases databases)
            throws Exception {
        Path dir = work.resolve("locked");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("20260101000001_t.sql"),
                "CREATE TABLE t (id integer PRIMARY KEY, n integer NOT NULL DEFAULT 0);\n"
                        + "INSERT INTO t (id) SELECT g FROM generate_series(1, 5000) g;\n");
        Files.writeString(
                dir.resolve("20260101000002_fill.sql"),
                MigrationFile.NO_TRANSACTION + "\n-- kei:backfill batch 1000\nUPDATE t SET n = n + 1;\n");
        PostgresDatabases.Database db = databases.create();
        String[] up = {"--database-url", db.url(), "--dir", dir.toString(), "--lock-timeout", "100ms", "up"};
        assertEquals(
                0, MigrateJvm.inProcess(up[0], up[1], up[2], up[3], "up", "1").exit());
        MigrateJvm.Run run;
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("SELECT * FROM t WHERE id = 2500 FOR UPDATE");
            }
            CompletableFuture<MigrateJvm.Run> running = CompletableFuture.supplyAsync(() -> MigrateJvm.inProcess(up));
            // the batches before the locked row commit while the third one waits, and it keeps waiting
            long until = System.nanoTime() + 20_000_000_000L;
            while (!db.strings("SELECT count(*) FROM t WHERE n = 1").equals(List.of("2000"))
                    && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            Thread.sleep(500);
            assertEquals(List.of("2000"), db.strings("SELECT count(*) FROM t WHERE n = 1"));
            holder.rollback();
            run = running.get(60, TimeUnit.SECONDS);
        }
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().contains("lock_timeout (100ms) hit, trying again"), run.err());
        assertEquals(List.of("1 5000"), db.strings("SELECT n || ' ' || count(*) FROM t GROUP BY n"));
        assertEquals(List.of("true 1"), history(db, "20260101000002"));
    }

    /**
     * The table {@code update} leaves after {@code create}, as one md5 of its rows in key order; a batched run
     * must also print progress, finish its history row and leave no checkpoint.
     */
    private String tableAfter(PostgresDatabases databases, String name, String create, String update, boolean batched)
            throws Exception {
        Path dir = work.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("20260101000001_t.sql"), create);
        Files.writeString(dir.resolve("20260101000002_fill.sql"), MigrationFile.NO_TRANSACTION + "\n" + update + ";\n");
        PostgresDatabases.Database db = databases.create();
        long start = System.nanoTime();
        MigrateJvm.Run run = MigrateJvm.inProcess("--database-url", db.url(), "--dir", dir.toString(), "up");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, run.exit(), run.toString());
        if (batched) {
            assertTrue(
                    run.err().lines().anyMatch(l -> l.contains("  backfill public.t") && l.contains(" rows/s")),
                    run.err());
            assertTrue(run.err().contains(": done, "), run.err());
            assertEquals(List.of("0"), db.strings("SELECT count(*) FROM kei_schema_backfill"));
            assertEquals(
                    List.of("true"),
                    db.strings("SELECT (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL)"
                            + "::text FROM pg_stat_user_tables WHERE relname = 't'"));
            System.out.println(name + ": " + ms + " ms\n" + run.err());
        }
        assertEquals(List.of("true 1"), history(db, "20260101000002"));
        String rows = db.strings("SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM t")
                .get(0);
        databases.drop(db);
        return rows;
    }

    private static List<String> history(PostgresDatabases.Database db, String version) throws Exception {
        return db.strings("SELECT success || ' ' || step FROM kei_schema_history WHERE version = '" + version + "'");
    }
}
