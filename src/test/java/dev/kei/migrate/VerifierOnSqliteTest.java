package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one verifier on a throwaway SQLite file (db-schema's 5b when the DB answer is SQLite): the same checks as on
 * PostgreSQL, read from SQLite's own catalogue, and nothing left behind in the temporary folder.
 */
class VerifierOnSqliteTest {
    @TempDir
    Path work;

    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Verifier verifier() {
        return new Verifier(
                Database.SQLITE, Settings.defaults(), new Progress(new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    void file(String name, String sql) throws Exception {
        Files.createDirectories(work.resolve("m"));
        Files.writeString(work.resolve("m").resolve(name), sql);
    }

    @Test
    void aFolderWhoseDownsUndoItsUpsLeavesAnEmptyDatabase() throws Exception {
        file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);\n");
        file("20260101000001_authors.down.sql", "DROP TABLE authors;\n");
        file(
                "20260101000002_books.sql",
                "CREATE TABLE books (id integer PRIMARY KEY, author_id integer REFERENCES authors (id));\n"
                        + "CREATE INDEX idx_books_author_id ON books (author_id);\n");
        file("20260101000002_books.down.sql", "DROP TABLE books;\n");

        Rehearsal r = verifier()
                .migrations(
                        work.resolve("m"),
                        Optional.of(new Verifier.Script(
                                "seed.sql",
                                "INSERT INTO authors VALUES (1, 'Le Guin');\n" + "INSERT INTO books VALUES (1, 1);\n")),
                        true);

        assertTrue(r.ok(), r.toString());
        assertEquals(List.of("authors", "books"), r.tables());
        assertTrue(r.seeded());
        assertTrue(r.complete());
        assertEquals(2, r.reverted());
    }

    @Test
    void aDownThatLeavesATableBehindIsFound() throws Exception {
        file(
                "20260101000001_authors.sql",
                "CREATE TABLE authors (id integer PRIMARY KEY);\n" + "CREATE TABLE notes (id integer PRIMARY KEY);\n");
        file("20260101000001_authors.down.sql", "DROP TABLE authors;\n");

        Rehearsal r = verifier().migrations(work.resolve("m"), Optional.empty(), false);

        assertFalse(r.ok());
        assertTrue(r.leftAfterDown().contains("table notes"), r.leftAfterDown().toString());
    }

    @Test
    void anIrreversibleDownStopsTheDownsAndIsRefused() throws Exception {
        file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY);\n");
        file("20260101000001_authors.down.sql", "-- IRREVERSIBLE: authors' rows cannot come back\n");

        Rehearsal r = verifier().migrations(work.resolve("m"), Optional.empty(), true);

        assertTrue(r.ok(), r.toString());
        assertFalse(r.complete());
        assertEquals(0, r.reverted());
    }

    @Test
    void aSeedThatDoesNotApplyNamesItsFile() throws Exception {
        file("20260101000001_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY);\n");
        file("20260101000001_authors.down.sql", "DROP TABLE authors;\n");

        MigrateException e = assertThrows(MigrateException.class, () -> verifier()
                .migrations(
                        work.resolve("m"),
                        Optional.of(new Verifier.Script("db/seed.sql", "INSERT INTO nobody VALUES (1);")),
                        false));

        assertTrue(e.getMessage().startsWith("db/seed.sql does not apply: "), e.getMessage());
    }

    @Test
    void aSchemaScriptRunsWithoutMigrations() throws Exception {
        List<String> tables = verifier()
                .script(
                        new Verifier.Script(
                                "db/schema.sql",
                                "CREATE TABLE a (id integer PRIMARY KEY);\nCREATE TABLE b (id integer PRIMARY KEY);\n"),
                        Optional.empty());

        assertEquals(List.of("a", "b"), tables);
    }
}
