package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL a transactional file goes to the server as one script with its session settings (one round trip),
 * and a failure is named by running the file again statement by statement in a rolled-back transaction. These
 * cases pin what that must keep: the settings of every migration, statements that end in a comment, the failing
 * statement's name, and nothing committed when the failure does not come back.
 */
class OneRoundTripFileTest extends MigratorOnPostgres {
    @Test
    void everyFileGetsItsOwnTimeoutsAndName() throws Exception {
        database();
        String snapshot = "CREATE TABLE %s AS SELECT current_setting('lock_timeout') AS lock,"
                + " current_setting('statement_timeout') AS statement, current_setting('application_name') AS app;\n"
                + "SELECT 1;\n";
        file("20260101000001_first.sql", snapshot.formatted("first"));
        file("20260101000002_second.sql", snapshot.formatted("second"));
        assertEquals(2, up());
        assertEquals(
                List.of("2s|15min|kei-migrate:20260101000001_first"), rows("SELECT lock, statement, app FROM first"));
        assertEquals(
                List.of("2s|15min|kei-migrate:20260101000002_second"), rows("SELECT lock, statement, app FROM second"));
    }

    @Test
    void aStatementEndingInALineCommentKeepsItsSemicolon() throws Exception {
        database();
        file(
                "20260101000001_commented.sql",
                "CREATE TABLE c (id integer) -- the table\n;\nINSERT INTO c VALUES (1) -- one row\n;\n"
                        + "INSERT INTO c VALUES (2) -- no semicolon after the last one");
        assertEquals(1, up());
        assertEquals(List.of("2"), rows("SELECT count(*) FROM c"));
    }

    @Test
    void theFailingStatementIsNamedAndNothingIsCommitted() throws Exception {
        database();
        file(
                "20260101000001_duplicate.sql",
                "CREATE TABLE u (id integer PRIMARY KEY);\nINSERT INTO u VALUES (1);\nINSERT INTO u VALUES (1);\n"
                        + "INSERT INTO u VALUES (2);\n");
        MigrateException e = assertThrows(MigrateException.class, this::up);
        assertEquals("Migration 20260101000001_duplicate.sql failed.", e.getMessage());
        assertTrue(e.details().contains("  Statement : INSERT INTO u VALUES (1)\n  Line      : 3\n"), e.details());
        assertTrue(e.details().contains("  SQL State : 23505"), e.details());
        assertTrue(e.next().startsWith("Nothing of this file was committed."), e.next());
        assertEquals(List.of(), rows("SELECT tablename FROM pg_tables WHERE tablename = 'u'"));
        assertEquals(List.of("0"), rows("SELECT count(*) FROM kei_schema_history"));
    }

    @Test
    void aFailureThatDoesNotComeBackIsReportedWithoutAStatementAndCommitsNothing() throws Exception {
        database();
        file("20260101000001_counter.sql", "CREATE SEQUENCE calls;\n");
        // sequences ignore rollbacks: the first run divides by zero, the naming run does not
        file("20260101000002_flaky.sql", "CREATE TABLE f (id integer);\nSELECT 1 / (nextval('calls') - 1);\n");
        MigrateException e = assertThrows(MigrateException.class, this::up);
        assertTrue(e.details().startsWith("  Statement : not named (the file passed when run again"), e.details());
        assertTrue(e.details().contains("  SQL State : 22012"), e.details());
        assertTrue(progress().contains("running it again statement by statement"));
        assertEquals(List.of(), rows("SELECT tablename FROM pg_tables WHERE tablename = 'f'"));
        assertEquals(List.of("20260101000001"), rows("SELECT version FROM kei_schema_history"));
    }
}
