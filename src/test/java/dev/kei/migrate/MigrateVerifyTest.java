package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.cli.Console;
import dev.kei.cli.KeiMigrate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kei-migrate verify}, in-process (exit code, stdout, stderr): up, down, up again on its own throwaway
 * embedded PostgreSQL. A folder whose downs undo its ups verifies (exit 0); a down that leaves something behind,
 * or one that does not restore what the up changed, fails with the difference named (exit 1); a folder that is no
 * migrations folder is bad input (exit 2).
 */
class MigrateVerifyTest {
    @TempDir
    Path work;

    record Run(int exit, String out, String err) {}

    Run verify() {
        return verify(work.resolve("m"));
    }

    Run verify(Path dir) {
        List<String> args = new ArrayList<>(List.of("--dir", dir.toString(), "verify"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = KeiMigrate.commandLine(console).execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    void file(String name, String sql) throws Exception {
        Files.createDirectories(work.resolve("m"));
        Files.writeString(work.resolve("m").resolve(name), sql);
    }

    @Test
    void aFolderWhoseDownsUndoItsUpsVerifies() throws Exception {
        file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);\n");
        file("20260101000001_authors.down.sql", "DROP TABLE authors;\n");
        file(
                "20260101000002_books.sql",
                "CREATE TABLE books (id integer PRIMARY KEY, author_id integer REFERENCES authors (id));\n"
                        + "CREATE INDEX idx_books_author_id ON books (author_id);\n");
        file("20260101000002_books.down.sql", "DROP TABLE books;\n");
        Run run = verify();
        assertEquals(0, run.exit(), run.toString());
        // authors: table, 2 columns, primary key, its index; books: table, 2 columns, primary key, foreign key,
        // 2 indexes
        assertEquals(
                "Verified 2 migration(s): up, down to an empty database, up again to the same schema"
                        + " (12 catalogue entries).\n",
                run.out(),
                run.toString());
        assertTrue(run.err().startsWith("Verifying 2 migration(s) on a throwaway embedded PostgreSQL...\n"), run.err());
        assertTrue(run.err().contains("down 20260101000002_books"), run.err());
    }

    @Test
    void anIrreversibleDownStopsTheDownsThereAndTheReportSaysSo() throws Exception {
        file("20260101000001_t.sql", "CREATE TABLE t (id integer);\n");
        file("20260101000001_t.down.sql", "-- IRREVERSIBLE: t holds production data\nDROP TABLE t;\n");
        file("20260101000002_note.sql", "ALTER TABLE t ADD COLUMN note text;\n");
        file("20260101000002_note.down.sql", "ALTER TABLE t DROP COLUMN note;\n");
        Run run = verify();
        assertEquals(0, run.exit(), run.toString());
        assertEquals(
                "Verified 2 migration(s): up, down of the last 1 (the one before is missing a down or IRREVERSIBLE),"
                        + " up again to the same schema (3 catalogue entries).\n",
                run.out(),
                run.toString());
    }

    @Test
    void aDownThatLeavesATableBehindFailsNamingIt() throws Exception {
        file("20260101000001_t.sql", "CREATE TABLE IF NOT EXISTS t (id integer);\nCREATE INDEX idx_t_id ON t (id);\n");
        file("20260101000001_t.down.sql", "DROP INDEX idx_t_id;\n");
        Run run = verify();
        assertEquals(1, run.exit(), run.toString());
        assertEquals(
                "After every down the database is not empty:\n  column t.id integer\n  table t\n",
                run.out(),
                run.toString());
        assertFalse(run.out().contains("Verified"), run.out());
    }

    @Test
    void aDownThatDoesNotRestoreTheSchemaFailsNamingTheDifference() throws Exception {
        file("20260101000001_t.sql", "CREATE TABLE t (id integer);\n");
        file("20260101000001_t.down.sql", "-- IRREVERSIBLE: t holds production data\nDROP TABLE t;\n");
        file("20260101000002_note.sql", "ALTER TABLE t ADD COLUMN note text;\n");
        // renames instead of dropping: up again adds a second column
        file("20260101000002_note.down.sql", "ALTER TABLE t RENAME COLUMN note TO old_note;\n");
        Run run = verify();
        assertEquals(1, run.exit(), run.toString());
        assertEquals(
                "Up, down, up again does not give the same schema (- first up, + second up):\n"
                        + "  + column t.old_note text\n",
                run.out(),
                run.toString());
    }

    @Test
    void aFolderThatIsNoMigrationsFolderIsRefusedWithExitTwo() throws Exception {
        file("20260101000001_t.sql", "CREATE TABLE t (id integer);\n");
        file("not_a_migration.sql", "SELECT 1;\n");
        Run badName = verify();
        assertEquals(2, badName.exit(), badName.toString());
        assertTrue(badName.err().contains("not_a_migration.sql"), badName.err());
        assertTrue(badName.err().contains("does not follow the naming convention"), badName.err());
        assertEquals("", badName.out());

        Run absent = verify(work.resolve("absent"));
        assertEquals(2, absent.exit(), absent.toString());
        assertEquals(
                "The migrations folder " + work.resolve("absent") + " does not exist.\n"
                        + "Create it, or point --dir at it: kei-migrate --dir migrations create init_schema\n",
                absent.err());
        assertEquals("", absent.out());
    }
}
