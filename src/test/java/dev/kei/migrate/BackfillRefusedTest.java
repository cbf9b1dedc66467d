package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code -- kei:backfill} marker kei-migrate cannot honour is refused with exit 2, naming the file and the line,
 * and nothing runs: bad values, an unknown option, a statement that is not one UPDATE of one table, a file that
 * runs in one transaction, and a table without a primary key (there is no ctid fallback).
 */
@PostgresTest
class BackfillRefusedTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-- kei:no-transaction| -- kei:backfill batch 0| UPDATE t SET n = 1| line 2: | batch 0",
                "-- kei:no-transaction| -- kei:backfill batch many| UPDATE t SET n = 1| line 2: | batch many",
                "-- kei:no-transaction| -- kei:backfill pause -5| UPDATE t SET n = 1| line 2: | pause -5",
                "-- kei:no-transaction| -- kei:backfill size 10| UPDATE t SET n = 1| line 2: | does not know",
                "-- kei:no-transaction| -- kei:backfillbatch 10| UPDATE t SET n = 1| line 2: | does not know",
                "-- kei:no-transaction| -- kei:backfill| DELETE FROM t| line 2: | is not before one UPDATE",
                "-- kei:no-transaction| -- kei:backfill| UPDATE t SET n = u.id FROM u WHERE u.id = t.id| line 2: | FROM",
                "-- kei:no-transaction| -- kei:backfill| UPDATE t SET n = 1 RETURNING id| line 2: | RETURNING",
                "-- kei:no-transaction| -- kei:backfill| UPDATE ONLY t SET n = 1| line 2: | ONLY",
                "-- kei:no-transaction| -- kei:backfill| WITH x AS (SELECT 1) UPDATE t SET n = 1| line 2: | is not before",
                "-- just a file| -- kei:backfill| UPDATE t SET n = 1| line 2: | runs in one transaction",
                "-- kei:no-transaction| -- kei:backfill| UPDATE nokey SET n = 1| line 3: | has no primary key",
                "-- kei:no-transaction| -- kei:backfill| UPDATE missing SET n = 1| line 3: | does not exist",
            })
    void aMarkerItCannotHonourIsRefusedNamingFileAndLine(
            String first, String marker, String statement, String line, String why, PostgresDatabases databases)
            throws Exception {
        Path dir = work.resolve("m");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("20260101000001_t.sql"),
                "CREATE TABLE t (id integer PRIMARY KEY, n integer);\nCREATE TABLE nokey (n integer);\n");
        Files.writeString(
                dir.resolve("20260101000002_fill.sql"),
                first.strip() + "\n" + marker.strip() + "\n" + statement.strip() + ";\n");
        PostgresDatabases.Database db = databases.create();
        MigrateJvm.Run run = MigrateJvm.inProcess("--database-url", db.url(), "--dir", dir.toString(), "up");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("20260101000002_fill.sql " + line.strip()), run.err());
        assertTrue(run.err().contains(why.strip()), run.err());
        boolean checkedAtRunTime = why.contains("primary key") || why.contains("exist");
        if (checkedAtRunTime) {
            assertEquals(
                    List.of("20260101000001 true", "20260101000002 false"),
                    db.strings("SELECT version || ' ' || success FROM kei_schema_history ORDER BY version"));
        } else {
            assertEquals(List.of("0"), db.strings("SELECT count(*) FROM pg_class WHERE relname = 't'"), "nothing ran");
        }
    }
}
