package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement-by-statement down that fails part-way records the units it finished, as an up does: status shows the
 * migration as reverting, up refuses to run over it, a re-run of down resumes after the last finished unit (and
 * refuses when those units were edited since), and the command it suggests reverts only what is left.
 */
@PostgresTest
class PartialDownTest {
    static final String UP = "-- kei:no-transaction\nCREATE TABLE books (id integer PRIMARY KEY, title text);\n"
            + "CREATE INDEX CONCURRENTLY idx_books_title ON books (title);\n";
    static final String BROKEN_DOWN =
            "-- kei:no-transaction\nDROP INDEX CONCURRENTLY idx_books_title;\nDROP TABLE bookz;\n";
    static final String FIXED_DOWN =
            "-- kei:no-transaction\nDROP INDEX CONCURRENTLY idx_books_title;\nDROP TABLE books;\n";

    @TempDir
    Path dir;

    PostgresDatabases.Database db;

    @BeforeEach
    void database(PostgresDatabases databases) throws Exception {
        db = databases.create();
    }

    void file(String name, String sql) throws Exception {
        Files.writeString(dir.resolve(name), sql);
    }

    MigrateJvm.Run migrate(String... args) {
        List<String> all = new ArrayList<>(List.of("--database-url", db.url(), "--dir", dir.toString()));
        all.addAll(List.of(args));
        return MigrateJvm.inProcess(all.toArray(String[]::new));
    }

    List<String> strings(String sql) throws Exception {
        return db.strings(sql);
    }

    @Test
    void aDownThatFailsOnItsSecondStatementResumesAfterTheFirst() throws Exception {
        file("20260101000001_books.sql", UP);
        file("20260101000001_books.down.sql", BROKEN_DOWN);
        assertEquals(0, migrate("up").exit());

        MigrateJvm.Run failed = migrate("down", "1");
        assertEquals(1, failed.exit(), failed.toString());
        assertTrue(failed.err().contains("committed and recorded; a re-run resumes here"), failed.err());
        assertTrue(failed.err().contains("down 1"), failed.err());

        MigrateJvm.Run status = migrate("status");
        assertTrue(
                status.out().contains("reverting 20260101000001_books  (down stopped after unit 1; down resumes it)"),
                status.out());

        file("20260101000001_books.down.sql", FIXED_DOWN);
        MigrateJvm.Run resumed = migrate("down", "1");
        assertEquals(0, resumed.exit(), resumed.toString());
        assertTrue(resumed.err().contains("resuming the down of 20260101000001_books after unit 1"), resumed.err());
        assertEquals(List.of(), strings("SELECT tablename FROM pg_tables WHERE tablename = 'books'"));
        assertEquals(List.of(), strings("SELECT version FROM kei_schema_history"));
        assertEquals(0, migrate("up").exit(), "the migration is pending again and applies");
        assertEquals(List.of("books"), strings("SELECT tablename FROM pg_tables WHERE tablename = 'books'"));
    }

    @Test
    void upRefusesToRunOverAPartlyRevertedMigration() throws Exception {
        file("20260101000001_books.sql", UP);
        file("20260101000001_books.down.sql", BROKEN_DOWN);
        assertEquals(0, migrate("up").exit());
        assertEquals(1, migrate("down", "1").exit());

        MigrateJvm.Run up = migrate("up");

        assertEquals(2, up.exit(), up.toString());
        assertTrue(up.err().contains("20260101000001_books is partly reverted"), up.err());
        assertEquals(List.of("books"), strings("SELECT tablename FROM pg_tables WHERE tablename = 'books'"));
    }

    @Test
    void aResumedDownWhoseFinishedUnitsChangedIsRefused() throws Exception {
        file("20260101000001_books.sql", UP);
        file("20260101000001_books.down.sql", BROKEN_DOWN);
        assertEquals(0, migrate("up").exit());
        assertEquals(1, migrate("down", "1").exit());
        file(
                "20260101000001_books.down.sql",
                "-- kei:no-transaction\nDROP INDEX idx_books_title;\nDROP TABLE books;\n");

        MigrateJvm.Run again = migrate("down", "1");

        assertEquals(2, again.exit(), again.toString());
        assertTrue(again.err().contains("the statements before that point changed since"), again.err());
    }

    @Test
    void downTwoThatFailsOnTheSecondSuggestsRevertingOnlyWhatIsLeft() throws Exception {
        file("20260101000001_books.sql", UP);
        file("20260101000001_books.down.sql", BROKEN_DOWN);
        file("20260101000002_authors.sql", "CREATE TABLE authors (id integer PRIMARY KEY);\n");
        file("20260101000002_authors.down.sql", "DROP TABLE authors;\n");
        assertEquals(0, migrate("up").exit());

        MigrateJvm.Run failed = migrate("down", "2");

        assertEquals(1, failed.exit(), failed.toString());
        assertTrue(failed.err().endsWith(" down 1\n"), failed.err());
    }
}
