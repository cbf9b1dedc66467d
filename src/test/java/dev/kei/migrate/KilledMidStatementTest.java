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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A kei-migrate process killed (kill -9) while its statement-by-statement file is inside a statement that runs
 * outside any transaction. PostgreSQL does not stop a statement when its client dies: the killed run's backend
 * finishes it (here, once the test lets go of the lock it waits for), and only then notices the client is gone.
 * A re-run started at once must neither run that statement a second time beside the first (a concurrent build
 * of an index that then "already exists", a drop of one that "does not exist") nor leave a non-idempotent one
 * (ALTER TYPE ... ADD VALUE) applied but unrecorded, so that it fails on every re-run after.
 */
@Tag("slow")
@PostgresTest
class KilledMidStatementTest {
    @TempDir
    Path work;

    /** The statement, what holds it up, and the relations and enum labels it must leave, once. */
    static Stream<Arguments> statements() {
        String base = "after,ix_t_v,kei_schema_history,kei_schema_history_pkey,t,t_pkey";
        String table = "LOCK TABLE t IN SHARE UPDATE EXCLUSIVE MODE";
        return Stream.of(
                Arguments.of(
                        "CREATE INDEX CONCURRENTLY cx_t_v ON t (v)",
                        table,
                        "after,cx_t_v,ix_t_v,kei_schema_history,kei_schema_history_pkey,t,t_pkey",
                        "happy,sad"),
                Arguments.of(
                        "DROP INDEX CONCURRENTLY ix_t_v",
                        table,
                        "after,kei_schema_history,kei_schema_history_pkey,t,t_pkey",
                        "happy,sad"),
                Arguments.of("REINDEX INDEX CONCURRENTLY ix_t_v", table, base, "happy,sad"),
                Arguments.of("VACUUM (ANALYZE) t", table, base, "happy,sad"),
                Arguments.of(
                        "ALTER TYPE mood ADD VALUE 'calm'",
                        "COMMENT ON TYPE mood IS 'held by the test'",
                        base,
                        "happy,sad,calm"));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void aRerunNeitherRepeatsNorLosesTheKilledRunsStatement(
            String statement, String blocker, String relations, String labels, PostgresDatabases databases)
            throws Exception {
        Path dir = work.resolve("m");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("20260101000001_t.sql"),
                "CREATE TABLE t (id integer PRIMARY KEY, v integer);\n"
                        + "INSERT INTO t SELECT g, g % 10 FROM generate_series(1, 100) g;\n"
                        + "CREATE INDEX ix_t_v ON t (v);\n"
                        + "CREATE TYPE mood AS ENUM ('happy', 'sad');\n");
        Files.writeString(
                dir.resolve("20260101000002_outside.sql"),
                MigrationFile.NO_TRANSACTION + "\n" + statement + ";\nCREATE TABLE after (id integer);\n");
        PostgresDatabases.Database db = databases.create();
        String url = db.url();
        String[] up = {"--database-url", url, "--dir", dir.toString(), "up"};
        MigrateJvm.Run first = MigrateJvm.inProcess("--database-url", url, "--dir", dir.toString(), "up", "1");
        assertEquals(0, first.exit(), first.toString());

        CompletableFuture<MigrateJvm.Run> again;
        Path log = work.resolve("killed.log");
        try (Connection holder = DriverManager.getConnection(url)) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute(blocker);
            }
            Process killed = MigrateJvm.process(
                            "--database-url", url, "--dir", dir.toString(), "--lock-timeout", "60s", "up")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            String prefix = statement.substring(0, statement.indexOf(' ', 7));
            assertTrue(
                    waitFor(() -> waiting(url, prefix) >= 1, 60_000),
                    "the run never reached the statement: " + Files.readString(log));
            killed.destroyForcibly().waitFor();

            again = CompletableFuture.supplyAsync(() -> MigrateJvm.inProcess(up));
            // time for the re-run to collide with the killed run's statement, if it does; then let that finish
            waitFor(() -> again.isDone() || waiting(url, prefix) >= 2, 1500);
            holder.rollback();
        }
        MigrateJvm.Run run = again.get(120, TimeUnit.SECONDS);
        assertEquals(0, run.exit(), run + "\n--- killed run\n" + Files.readString(log));
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(
                    relations,
                    one(
                            c,
                            "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class"
                                    + " WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'i')"));
            assertEquals(
                    "0",
                    one(
                            c,
                            "SELECT count(*) FROM pg_index WHERE NOT (indisvalid AND indisready AND indislive)"
                                    + " AND indrelid = 't'::regclass"));
            assertEquals(
                    labels,
                    one(
                            c,
                            "SELECT string_agg(enumlabel::text, ',' ORDER BY enumsortorder) FROM pg_enum"
                                    + " WHERE enumtypid = 'mood'::regtype"));
            assertEquals(
                    "true 2",
                    one(c, "SELECT success || ' ' || step FROM kei_schema_history WHERE version = '20260101000002'"));
        }
        databases.drop(db); // ends the killed run's session, which outlives its client
    }

    /** How many sessions on the database wait for a lock inside a statement starting with {@code prefix}. */
    private static int waiting(String url, String prefix) {
        try (Connection c = DriverManager.getConnection(url)) {
            return Integer.parseInt(one(
                    c,
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND wait_event_type = 'Lock' AND query LIKE '" + prefix + "%'"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, long ms) throws InterruptedException {
        long deadline = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    private static String one(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
