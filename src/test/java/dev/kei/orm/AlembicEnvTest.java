package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * alembic/env.py takes DATABASE_URL in every form kei-migrate takes (contracts: {@code postgres://},
 * {@code postgresql://}, {@code jdbc:postgresql:}, {@code sqlite:PATH}, {@code jdbc:sqlite:PATH}), checked offline
 * ({@code alembic upgrade head --sql} compiles the revision for the URL's database without connecting), and without
 * DATABASE_URL it stops with a line that says what to do, not a stack trace.
 */
class AlembicEnvTest {
    @TempDir
    Path project;

    Path project(Database database) throws Exception {
        return AlembicPython.write(
                project,
                new SqlAlchemyFiles()
                        .render(new OrmInput(
                                SqlAlchemyCase.load("blog").schema(), database, SqlAlchemyGoldenTest.CLOCK)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "postgres://kei:secret@db.example:5432/app, POSTGRESQL",
        "postgresql://kei@db.example/app?sslmode=require, POSTGRESQL",
        "jdbc:postgresql://db.example:5432/app?user=kei&password=secret, POSTGRESQL",
        "sqlite:data/app.db, SQLITE",
        "jdbc:sqlite:/var/lib/app.db, SQLITE"
    })
    void everyUrlFormKeiMigrateTakesWorks(String url, Database database) throws Exception {
        AlembicPython.Result r = AlembicPython.alembic(project(database), url, "upgrade", "head", "--sql")
                .orFail("alembic --sql");
        // blog's seven tables and alembic_version
        assertEquals(8, r.out().split("CREATE TABLE ", -1).length - 1, r.out());
        assertTrue(
                r.err().contains("Context impl " + (database == Database.SQLITE ? "SQLiteImpl" : "PostgresqlImpl")),
                r.err());
    }

    @Test
    void withoutDatabaseUrlItSaysWhatToDo() throws Exception {
        AlembicPython.Result r = AlembicPython.alembic(project(Database.POSTGRESQL), "", "upgrade", "head");
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(
                "DATABASE_URL is not set. Set it (see secrets/db.env), then run: alembic upgrade head",
                r.err().strip());
        assertTrue(Files.exists(project.resolve("alembic.ini")));
    }
}
