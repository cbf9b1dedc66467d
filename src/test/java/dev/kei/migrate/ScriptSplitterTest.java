package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplitterTest {
    private static List<String> sql(String script) {
        return ScriptSplitter.split(script).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsAtSemicolonsAndKeepsLines() {
        List<SqlStatement> s = ScriptSplitter.split("CREATE TABLE a (id int);\n\nINSERT INTO a VALUES (1);\n");
        assertEquals(
                List.of("CREATE TABLE a (id int)", "INSERT INTO a VALUES (1)"),
                s.stream().map(SqlStatement::sql).toList());
        assertEquals(1, s.get(0).line());
        assertEquals(3, s.get(1).line());
    }

    @Test
    void semicolonsInsideQuotesCommentsAndDollarQuotesDoNotSplit() {
        assertEquals(
                List.of("INSERT INTO t VALUES ('a;b', 'it''s;', \"x;y\")"),
                sql("INSERT INTO t VALUES ('a;b', 'it''s;', \"x;y\");"));
        assertEquals(List.of("SELECT 1 -- a; comment\n+ 1"), sql("SELECT 1 -- a; comment\n+ 1;"));
        assertEquals(List.of("SELECT /* a; /* nested; */ b; */ 1"), sql("SELECT /* a; /* nested; */ b; */ 1;"));
        assertEquals(List.of("SELECT E'a\\';b'"), sql("SELECT E'a\\';b';"));
        String fn = "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql";
        assertEquals(List.of(fn, "SELECT 2"), sql(fn + ";\nSELECT 2;"));
        assertEquals(
                List.of("DO $$ BEGIN RAISE EXCEPTION 'x;'; END $$"), sql("DO $$ BEGIN RAISE EXCEPTION 'x;'; END $$;"));
    }

    @Test
    void triggerAndBeginAtomicBodiesKeepTheirSemicolons() {
        String trigger =
                "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = CASE WHEN n > 0 THEN n + 1 ELSE 1 END;"
                        + " DELETE FROM c; END";
        assertEquals(List.of(trigger, "SELECT 1"), sql(trigger + ";\nSELECT 1;"));
        String atomic = "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END";
        assertEquals(List.of(atomic), sql(atomic + ";"));
    }

    @Test
    void commentsAndBlanksAloneAreNoStatement() {
        assertEquals(List.of(), sql("-- nothing here\n/* nor here */\n  ;\n"));
        assertEquals(List.of("SELECT 1"), sql("SELECT 1"));
    }

    @Test
    void classifiesStatementsThatCannotRunInATransaction() {
        assertTrue(ScriptSplitter.split("create index concurrently i on t (a)")
                .get(0)
                .needsNoTransaction());
        assertTrue(ScriptSplitter.split("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a)")
                .get(0)
                .needsNoTransaction());
        assertTrue(ScriptSplitter.split("DROP INDEX CONCURRENTLY i").get(0).needsNoTransaction());
        assertTrue(ScriptSplitter.split("REINDEX INDEX CONCURRENTLY i").get(0).needsNoTransaction());
        assertTrue(ScriptSplitter.split("VACUUM ANALYZE t").get(0).needsNoTransaction());
        assertTrue(
                ScriptSplitter.split("ALTER TYPE mood ADD VALUE 'meh'").get(0).needsNoTransaction());
        assertFalse(ScriptSplitter.split("CREATE INDEX i ON t (a)").get(0).needsNoTransaction());
        assertFalse(ScriptSplitter.split("SELECT 'CREATE INDEX CONCURRENTLY'")
                .get(0)
                .needsNoTransaction());
        assertTrue(ScriptSplitter.split("BEGIN").get(0).opensTransaction());
        assertTrue(ScriptSplitter.split("COMMIT").get(0).closesTransaction());
        assertFalse(ScriptSplitter.split("ROLLBACK TO SAVEPOINT s").get(0).closesTransaction());
    }

    @Test
    void namesTheIndexAConcurrentBuildCreates() {
        assertEquals(
                "idx_a",
                ScriptSplitter.split("CREATE INDEX CONCURRENTLY idx_a ON t (a)")
                        .get(0)
                        .concurrentIndexName());
        assertEquals(
                "idx_b",
                ScriptSplitter.split("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_b ON t (b)")
                        .get(0)
                        .concurrentIndexName());
        assertNull(ScriptSplitter.split("CREATE INDEX CONCURRENTLY ON t (b)")
                .get(0)
                .concurrentIndexName());
    }

    @Test
    void aFileIsStatementByStatementWhenMarkedOrWhenItMustBe() {
        String marked = "-- kei:no-transaction\nUPDATE t SET a = 1;";
        assertTrue(MigrationFile.runsOutsideTransaction(marked, ScriptSplitter.split(marked)));
        String own = "BEGIN;\nUPDATE t SET a = 1;\nCOMMIT;";
        assertTrue(MigrationFile.runsOutsideTransaction(own, ScriptSplitter.split(own)));
        // a lone COMMIT in a file run as one transaction would commit half of it
        for (String control : List.of("COMMIT", "END", "ROLLBACK", "commit work", "PREPARE TRANSACTION 'x'")) {
            String stray = "UPDATE t SET a = 1;\n" + control + ";\nUPDATE t SET a = 2;";
            assertTrue(MigrationFile.runsOutsideTransaction(stray, ScriptSplitter.split(stray)), control);
        }
        String savepoint = "SAVEPOINT s;\nUPDATE t SET a = 1;\nROLLBACK TO s;";
        assertFalse(MigrationFile.runsOutsideTransaction(savepoint, ScriptSplitter.split(savepoint)));
        String plain = "UPDATE t SET a = 1;";
        assertFalse(MigrationFile.runsOutsideTransaction(plain, ScriptSplitter.split(plain)));
        assertEquals(
                3,
                UnitRunner.units(ScriptSplitter.split("SELECT 1; BEGIN; SELECT 2; SELECT 3; COMMIT; SELECT 4;"))
                        .size());
    }

    @Test
    void settingsRefuseWhatIsNotADurationBecauseItBecomesALiteral() {
        for (String bad : List.of("2s'; DROP TABLE t; --", "", "1 s", "-1s", "2 seconds")) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new Settings(bad, "15min", "60s", Duration.ofSeconds(1), 1),
                    bad);
        }
        assertEquals(
                "RESET ROLE;\nRESET ALL;\nSET LOCAL standard_conforming_strings = on;\n"
                        + "SET LOCAL lock_timeout = '2s';\nSET LOCAL statement_timeout = '15min';\n"
                        + "SET LOCAL idle_in_transaction_session_timeout = '60s';\n"
                        + "SET LOCAL application_name = 'kei-migrate:20260101000001_ok';\n",
                Settings.defaults().postgresStatements("20260101000001_ok'; --", true));
    }
}
