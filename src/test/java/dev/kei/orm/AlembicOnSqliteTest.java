package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import dev.kei.sql.DdlRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On a new SQLite file, {@code alembic upgrade head} with kei's init revision gives the schema db/schema.sql gives
 * another new file (compared through sqlite_master and the pragmas); {@code alembic downgrade base} then leaves only
 * {@code alembic_version}; and the models' {@code create_all} gives that schema too. DATABASE_URL is kei's
 * {@code sqlite:PATH} form, which alembic/env.py turns into SQLAlchemy's.
 */
class AlembicOnSqliteTest {
    @TempDir
    Path work;

    static List<String> cases() {
        return SqlAlchemyCase.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upgradeGivesTheSchemaOfSchemaSqlAndDowngradeEmptiesIt(String name) throws Exception {
        SqlAlchemyCase c = SqlAlchemyCase.load(name);
        Path sql = work.resolve("schema-sql.db");
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + sql)) {
            Database.SQLITE
                    .runtime()
                    .orElseThrow()
                    .runScript(conn, new DdlRenderer().render(c.schema(), Database.SQLITE.dialect()));
        }
        List<String> expected = SqliteSchemaCatalogue.of(sql);
        assertTrue(expected.size() > 5, expected::toString);

        Path project = Files.createDirectories(work.resolve("project"));
        AlembicPython.write(
                project,
                new SqlAlchemyFiles().render(new OrmInput(c.schema(), Database.SQLITE, SqlAlchemyGoldenTest.CLOCK)));
        Path alembic = work.resolve("alembic.db");
        AlembicPython.alembic(project, "sqlite:" + alembic, "upgrade", "head").orFail("alembic upgrade head");
        assertEquals(String.join("\n", expected), String.join("\n", SqliteSchemaCatalogue.of(alembic)));

        // Alembic's own comparison of the models with the upgraded database finds nothing to do
        AlembicPython.Result check =
                AlembicPython.alembic(project, "sqlite:" + alembic, "check").orFail("alembic check");
        assertTrue(check.out().contains("No new upgrade operations detected."), check::toString);

        AlembicPython.alembic(project, "sqlite:" + alembic, "downgrade", "base").orFail("alembic downgrade base");
        assertEquals(List.of(), SqliteSchemaCatalogue.of(alembic));
        assertEquals(List.of("alembic_version"), tables(alembic));

        Path models = work.resolve("models.db");
        AlembicPython.script("create_all.py", project.toString(), "sqlite:///" + models)
                .orFail("create_all");
        assertEquals(String.join("\n", expected), String.join("\n", SqliteSchemaCatalogue.of(models)));
    }

    @Test
    void theBlogModelsWriteAndReadRowsOnTheMigratedDatabase() throws Exception {
        Path project = Files.createDirectories(work.resolve("blog"));
        AlembicPython.write(
                project,
                new SqlAlchemyFiles()
                        .render(new OrmInput(
                                SqlAlchemyCase.load("blog").schema(), Database.SQLITE, SqlAlchemyGoldenTest.CLOCK)));
        Path db = work.resolve("blog.db");
        AlembicPython.alembic(project, "sqlite:" + db, "upgrade", "head").orFail("alembic upgrade head");
        AlembicPython.Result r = AlembicPython.script("use_blog_models.py", project.toString(), "sqlite:///" + db)
                .orFail("use_blog_models.py");
        // SQLite stores a boolean as the integer schema.sql declares
        assertEquals(
                List.of(
                        "profile Counts",
                        "post Hello draft Local News",
                        "children ['Local']",
                        "comment Nice 0 Ada",
                        "tag ['intro']",
                        "timestamps True"),
                r.out().lines().toList());
    }

    private static List<String> tables(Path file) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement()
                        .executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
