package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file starts from the same session, however {@code up} batches the files: what one file SETs for its session
 * (search_path, role) does not reach the next one, and the history row is written where the history table is even
 * when a file empties the search_path (the first lines of any {@code pg_dump --schema-only}).
 */
@PostgresTest
class SessionBetweenFilesTest {
    @TempDir
    Path dir;

    void file(String name, String sql) throws Exception {
        Files.writeString(dir.resolve(name), sql);
    }

    MigrateJvm.Run up(PostgresDatabases.Database db) {
        return MigrateJvm.inProcess("--database-url", db.url(), "--dir", dir.toString(), "up");
    }

    static List<String> strings(PostgresDatabases.Database db, String sql) throws Exception {
        return db.strings(sql);
    }

    static List<String> schemaOf(PostgresDatabases.Database db, String table) throws Exception {
        return strings(db, "SELECT schemaname FROM pg_tables WHERE tablename = '" + table + "'");
    }

    @Test
    void aSearchPathOneFileSetsDoesNotMoveTheNextFilesTablesInOnePipeline(PostgresDatabases databases)
            throws Exception {
        file("20260101000001_audit.sql", "CREATE SCHEMA audit;\nSET search_path = audit, public;\n");
        file("20260101000002_books.sql", "CREATE TABLE books (id integer PRIMARY KEY);\n");
        PostgresDatabases.Database db = databases.create();

        MigrateJvm.Run up = up(db);

        assertEquals(0, up.exit(), up.toString());
        assertEquals(List.of("public"), schemaOf(db, "books"));
    }

    @Test
    void aSearchPathAStatementByStatementFileSetsDoesNotMoveTheNextFilesTables(PostgresDatabases databases)
            throws Exception {
        file(
                "20260101000001_audit.sql",
                "-- kei:no-transaction\nCREATE SCHEMA audit;\nSET search_path = audit, public;\n");
        file("20260101000002_books.sql", "CREATE TABLE books (id integer PRIMARY KEY);\n");
        file("20260101000003_authors.sql", "-- kei:no-transaction\nCREATE TABLE authors (id integer PRIMARY KEY);\n");
        PostgresDatabases.Database db = databases.create();

        MigrateJvm.Run up = up(db);

        assertEquals(0, up.exit(), up.toString());
        assertEquals(List.of("public"), schemaOf(db, "books"));
        assertEquals(List.of("public"), schemaOf(db, "authors"));
    }

    @Test
    void aRoleOneFileSetsDoesNotOwnTheNextFilesTables(PostgresDatabases databases) throws Exception {
        // the role may write the history (its own file's row) but may not create tables in public
        file(
                "20260101000001_role.sql",
                "CREATE ROLE kei_probe_reader NOLOGIN;\nGRANT ALL ON kei_schema_history TO kei_probe_reader;\n"
                        + "SET ROLE kei_probe_reader;\n");
        file("20260101000002_books.sql", "CREATE TABLE books (id integer PRIMARY KEY);\n");
        PostgresDatabases.Database db = databases.create();
        try {
            MigrateJvm.Run up = up(db);

            assertEquals(0, up.exit(), up.toString());
            assertFalse(strings(db, "SELECT tableowner FROM pg_tables WHERE tablename = 'books'")
                    .contains("kei_probe_reader"));
        } finally {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("DROP OWNED BY kei_probe_reader");
                s.execute("DROP ROLE IF EXISTS kei_probe_reader");
            }
        }
    }

    /** The reset between files returns to the session's own defaults, which include what the URL asked for. */
    @Test
    void aSchemaTheUrlChoosesSurvivesTheResetBetweenFiles(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA app");
        }
        file("20260101000001_books.sql", "CREATE TABLE books (id integer PRIMARY KEY);\n");
        file("20260101000002_authors.sql", "-- kei:no-transaction\nCREATE TABLE authors (id integer PRIMARY KEY);\n");
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=app";

        MigrateJvm.Run up = MigrateJvm.inProcess("--database-url", url, "--dir", dir.toString(), "up");

        assertEquals(0, up.exit(), up.toString());
        assertEquals(List.of("app"), schemaOf(db, "books"));
        assertEquals(List.of("app"), schemaOf(db, "authors"));
        assertEquals(List.of("app"), schemaOf(db, "kei_schema_history"));
    }

    @Test
    void aFileThatEmptiesTheSearchPathStillGetsItsHistoryRow(PostgresDatabases databases) throws Exception {
        file(
                "20260101000001_dump.sql",
                "SELECT pg_catalog.set_config('search_path', '', false);\n"
                        + "CREATE TABLE public.books (id integer PRIMARY KEY);\n");
        file(
                "20260101000002_dump_by_units.sql",
                "-- kei:no-transaction\nSELECT pg_catalog.set_config('search_path', '', false);\n"
                        + "CREATE TABLE public.authors (id integer PRIMARY KEY);\n");
        PostgresDatabases.Database db = databases.create();

        MigrateJvm.Run up = up(db);

        assertEquals(0, up.exit(), up.toString());
        assertEquals(
                List.of("20260101000001", "20260101000002"),
                strings(db, "SELECT version FROM kei_schema_history WHERE success ORDER BY version"));
        MigrateJvm.Run again = up(db);
        assertEquals(0, again.exit(), again.toString());
    }
}
