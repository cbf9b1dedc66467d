package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Consecutive transactional files travel to PostgreSQL in one round trip, each in its own transaction. What makes
 * that safe is pinned here against the real driver and server: after a failure nothing later in the round trip
 * runs, the files before it stay committed with their history rows, and the failing file is retried (lock
 * timeout) or named on the careful path.
 */
class PipelineTest extends MigratorOnPostgres {
    @Test
    void afterAnErrorNothingLaterInTheRoundTripRuns() throws Exception {
        database();
        for (int padding : new int[] {0, 400}) {
            StringBuilder script = new StringBuilder("BEGIN; CREATE TABLE a (x int); COMMIT;\nBEGIN; SELECT 1/0;\n");
            script.append("SELECT 1;\n".repeat(padding)).append("CREATE TABLE b (x int); COMMIT;\n");
            script.append("BEGIN; SELECT 2; COMMIT;\n".repeat(padding))
                    .append("BEGIN; CREATE TABLE z (x int); COMMIT;");
            try (Connection c = DriverManager.getConnection(url);
                    Statement s = c.createStatement()) {
                s.setEscapeProcessing(false);
                SQLException e = assertThrows(SQLException.class, () -> s.execute(script.toString()));
                assertEquals("22012", e.getSQLState());
                s.execute("ROLLBACK");
                assertEquals(List.of("a"), rows("SELECT relname FROM pg_class WHERE relname IN ('a', 'b', 'z')"));
                s.execute("DROP TABLE a");
            }
        }
    }

    @Test
    void aFailingFileStopsTheRunAfterTheFilesBeforeItAndIsNamed() throws Exception {
        database();
        file("20260101000001_one.sql", "CREATE TABLE one (id integer);\n");
        file("20260101000002_two.sql", "CREATE TABLE two (id integer);\nINSERT INTO two VALUES (1);\n");
        file("20260101000003_bad.sql", "CREATE TABLE bad (id integer);\nSELECT 1 / 0;\n");
        file("20260101000004_four.sql", "CREATE TABLE four (id integer);\n");

        MigrateException e = assertThrows(MigrateException.class, this::up);

        assertEquals("Migration 20260101000003_bad.sql failed.", e.getMessage());
        assertTrue(e.details().contains("  Statement : SELECT 1 / 0\n  Line      : 2\n"), e.details());
        assertTrue(e.details().contains("  SQL State : 22012"), e.details());
        assertTrue(e.next().startsWith("Nothing of this file was committed."), e.next());
        String progress = progress();
        assertTrue(progress.contains("[1-4/4] up 20260101000001_one ... 20260101000004_four"), progress);
        assertTrue(progress.contains("20260101000003_bad failed; it was rolled back"), progress);
        assertTrue(progress.contains("[3/4] up 20260101000003_bad\n"), progress);
        assertEquals(
                List.of("one", "two"),
                rows("SELECT tablename FROM pg_tables WHERE tablename IN ('one', 'two', 'bad', 'four')"
                        + " ORDER BY tablename"));
        assertEquals(
                List.of("20260101000001|t", "20260101000002|t"),
                rows("SELECT version, success FROM" + " kei_schema_history ORDER BY version"));

        // fixed, the file and the one after it run; the first two are not run again
        file("20260101000003_bad.sql", "CREATE TABLE bad (id integer);\nSELECT 1 / 1;\n");
        assertEquals(2, up());
        assertEquals(List.of("4"), rows("SELECT count(*) FROM kei_schema_history"));
        assertEquals(List.of("1"), rows("SELECT count(*) FROM two"));
    }

    @Test
    void aLockTimeoutInTheRoundTripIsRetriedOnItsOwn() throws Exception {
        database();
        file("20260101000001_table.sql", "CREATE TABLE busy (id integer);\n");
        up();
        file("20260101000002_first.sql", "CREATE TABLE first (id integer);\n");
        file("20260101000003_alter.sql", "ALTER TABLE busy ADD COLUMN note text;\n");
        file("20260101000004_last.sql", "CREATE TABLE last (id integer);\n");
        try (Connection holder = DriverManager.getConnection(url)) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("LOCK TABLE busy IN ACCESS SHARE MODE"); // blocks the ALTER until released
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
            assertEquals(3, up(new Settings("100ms", "15min", "60s", Duration.ofSeconds(30), 10)));
            release.join();
        }
        String progress = progress();
        assertTrue(progress.contains("20260101000003_alter failed; it was rolled back"), progress);
        assertTrue(progress.contains("lock_timeout (100ms) hit, trying again"), progress);
        assertEquals(
                List.of("note"),
                rows("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_name = 'busy' AND column_name = 'note'"));
        assertEquals(List.of("4"), rows("SELECT count(*) FROM kei_schema_history WHERE success"));
    }

    @Test
    void onlyConsecutiveTransactionalFilesThatNeverRanTravelTogether() {
        Pipeline pipeline = new Pipeline(
                Settings.defaults(),
                new HistoryTable(Database.POSTGRESQL.runtime().orElseThrow()));
        List<MigrationFile> todo = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String sql = i == 4 ? "CREATE INDEX CONCURRENTLY i4 ON t (x);" : "CREATE TABLE t" + i + " (x int);";
            todo.add(migration(i, sql));
        }
        assertEquals(3, pipeline.length(todo, 0, Map.of()));
        assertEquals(0, pipeline.length(todo, 3, Map.of()), "a statement-by-statement file runs on its own path");
        assertEquals(Pipeline.MAX_FILES, pipeline.length(todo, 4, Map.of()));
        HistoryRow failed = new HistoryRow(todo.get(7).version(), "m", "0".repeat(64), null, 0, false, 0, null);
        assertEquals(3, pipeline.length(todo, 4, Map.of(failed.version(), failed)), "nor one with a history row");
        MigrationFile big = migration(41, "SELECT 1;\n".repeat(Pipeline.MAX_STATEMENTS));
        assertEquals(1, pipeline.length(List.of(todo.get(0), big), 0, Map.of()), "statements per round trip");
        assertEquals(1, pipeline.length(List.of(big, todo.get(0)), 0, Map.of()), "a big file goes alone");
        assertEquals(0, pipeline.length(List.of(migration(42, "-- nothing\n")), 0, Map.of()), "nor an empty one");
    }

    static MigrationFile migration(int i, String sql) {
        List<SqlStatement> statements = ScriptSplitter.split(sql);
        return new MigrationFile(
                String.format("202601010%05d", i),
                "m" + i,
                Path.of(i + ".sql"),
                sql,
                "0".repeat(64),
                statements,
                MigrationFile.runsOutsideTransaction(sql, statements),
                Optional.empty(),
                "0".repeat(64));
    }
}
