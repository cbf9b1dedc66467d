package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import dev.kei.db.DatabaseUrl;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link MigrationExecutor} contract of each runner: what it answers to {@code canExecuteInTransaction()}, which
 * files it takes, and, through {@link ExecutorChain} on SQLite, that each pending file goes to the runner of its kind
 * with its history row kept in step.
 */
class MigrationRunnersTest {
    @TempDir
    Path work;

    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Target sqlite() throws Exception {
        return new UrlTarget(DatabaseUrl.parse("sqlite:" + work.resolve("app.db")));
    }

    Progress progress() {
        return new Progress(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void eachRunnerSaysWhetherItsFilesRunInATransactionAndTakesOnlyThose() throws Exception {
        HistoryTable history = new HistoryTable(Database.POSTGRESQL.runtime().orElseThrow());
        Attempts attempts = new Attempts(sqlite(), Settings.defaults(), progress(), "kei-migrate up");
        TransactionRunner whole = new TransactionRunner(attempts, history);
        UnitRunner stepwise = new UnitRunner(attempts, history);
        Pipeline pipeline = new Pipeline(Settings.defaults(), history, whole, progress());
        assertTrue(whole.canExecuteInTransaction());
        assertFalse(stepwise.canExecuteInTransaction());
        assertTrue(pipeline.canExecuteInTransaction(), "a pipelined file is still its own transaction");

        List<MigrationFile> todo = List.of(
                PipelineTest.migration(1, "CREATE TABLE a (x int);"),
                PipelineTest.migration(2, "-- kei:no-transaction\nCREATE INDEX CONCURRENTLY i2 ON a (x);"));
        assertEquals(1, whole.length(todo, 0, Map.of()));
        assertEquals(0, stepwise.length(todo, 0, Map.of()));
        assertEquals(0, whole.length(todo, 1, Map.of()));
        assertEquals(1, stepwise.length(todo, 1, Map.of()));
        assertEquals(0, pipeline.length(todo, 1, Map.of()));
    }

    @Test
    void theChainSendsEachFileToTheRunnerOfItsKindAndKeepsTheHistory() throws Exception {
        List<MigrationFile> todo = List.of(
                PipelineTest.migration(1, "CREATE TABLE a (x int);\nINSERT INTO a VALUES (1);"),
                PipelineTest.migration(
                        2, "-- kei:no-transaction\nINSERT INTO a VALUES (2);\nINSERT INTO a VALUES (3);"),
                PipelineTest.migration(3, "INSERT INTO a VALUES (4);"));
        HistoryTable history = new HistoryTable(Database.SQLITE.runtime().orElseThrow());
        try (Target target = sqlite();
                Connection c = target.connect()) {
            history.create(c);
            new ExecutorChain(target, Settings.defaults(), progress(), history, "kei-migrate up").up(c, todo, Map.of());
            Map<String, HistoryRow> rows = history.read(c);
            assertEquals(List.of("20260101000001", "20260101000002", "20260101000003"), List.copyOf(rows.keySet()));
            assertTrue(rows.values().stream().allMatch(HistoryRow::success), rows.toString());
            assertEquals(2, rows.get("20260101000002").step(), "the unit-by-unit file recorded both units");
        }
        assertEquals(
                "[1/3] up 20260101000001_m1\n[2/3] up 20260101000002_m2 (statement by statement)\n"
                        + "[3/3] up 20260101000003_m3\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
