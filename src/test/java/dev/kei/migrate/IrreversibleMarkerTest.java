package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, item 6: a down file's IRREVERSIBLE marker is any comment whose first word is IRREVERSIBLE, in any case
 * and with any spacing, anywhere in the file; {@code down} refuses it before anything runs. The word inside a string
 * literal or in the middle of a sentence is no marker.
 */
class IrreversibleMarkerTest {
    @TempDir
    Path work;

    private static boolean irreversible(String sql) {
        return new MigrationFile.Down(Path.of("x.down.sql"), sql, ScriptSplitter.split(sql), false).irreversible();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-- IRREVERSIBLE: holds production data\nDROP TABLE a;\n",
                "--IRREVERSIBLE\nDROP TABLE a;\n",
                "-- irreversible\nDROP TABLE a;\n",
                "--   Irreversible: manual restore\nDROP TABLE a;\n",
                "DROP INDEX i;\n    -- IRREVERSIBLE\nDROP TABLE a;\n",
                "DROP INDEX i;\n\t--\tIRREVERSIBLE\r\nDROP TABLE a;\r\n",
                "DROP TABLE a; -- irreversible: keep it\n",
                "---- IRREVERSIBLE ----\nDROP TABLE a;\n",
                "/* IRREVERSIBLE: holds production data */\nDROP TABLE a;\n",
                "/*\n * irreversible\n */\nDROP TABLE a;\n"
            })
    void aCommentStartingWithIrreversibleInAnyCaseOrSpacingIsTheMarker(String sql) {
        assertTrue(irreversible(sql), sql);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DROP TABLE a;\n",
                "-- this down is not irreversible\nDROP TABLE a;\n",
                "-- irreversibleness is a word\nDROP TABLE a;\n",
                "DROP TABLE irreversible;\n",
                "INSERT INTO log VALUES ('\n-- IRREVERSIBLE\n');\n",
                "INSERT INTO log VALUES ('-- IRREVERSIBLE');\n",
                "CREATE FUNCTION f() RETURNS int AS $$\n-- IRREVERSIBLE\nSELECT 1 $$ LANGUAGE sql;\n"
            })
    void theWordInsideAStringOrASentenceIsNoMarker(String sql) {
        assertFalse(irreversible(sql), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--IRREVERSIBLE\n", "-- irreversible\n", "--   Irreversible: manual restore\n"})
    void downRefusesAMarkerWrittenWithoutTheCanonicalSpelling(String marker) throws Exception {
        Path dir = work.resolve("m");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("20260101000001_a.sql"), "CREATE TABLE a (id integer);\n");
        Files.writeString(
                dir.resolve("20260101000001_a.down.sql"), "DELETE FROM a;\n    " + marker + "DROP TABLE a;\n");
        Files.writeString(dir.resolve("20260101000002_b.sql"), "CREATE TABLE b (id integer);\n");
        Files.writeString(dir.resolve("20260101000002_b.down.sql"), "DROP TABLE b;\n");
        String url = "sqlite:" + work.resolve("app.db");
        assertEquals(
                0,
                MigrateJvm.inProcess("--database-url", url, "--dir", dir.toString(), "up")
                        .exit());

        MigrateJvm.Run down = MigrateJvm.inProcess("--database-url", url, "--dir", dir.toString(), "down", "2");

        assertEquals(1, down.exit(), down.toString());
        assertTrue(
                down.err().contains("Migration 20260101000001_a is IRREVERSIBLE; nothing was reverted."), down.err());
        try (Connection c = DriverManager.getConnection("jdbc:" + url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN"
                        + " ('a', 'b') ORDER BY name")) {
            assertTrue(rs.next() && rs.getString(1).equals("a"), "table a is still there");
            assertTrue(rs.next() && rs.getString(1).equals("b"), "nothing ran, not even the newest down");
        }
    }
}
