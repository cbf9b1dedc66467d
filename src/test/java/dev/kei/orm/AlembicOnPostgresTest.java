package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import dev.kei.sql.DdlRenderer;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On a fresh embedded PostgreSQL, {@code alembic upgrade head} with kei's init revision gives exactly the catalogue
 * of db/schema.sql applied to another fresh database; {@code alembic downgrade base} then leaves nothing but
 * {@code alembic_version}. And {@code Base.metadata.create_all} of db/models.py gives that catalogue too.
 */
@PostgresTest
class AlembicOnPostgresTest {
    static List<String> cases() {
        return SqlAlchemyCase.NAMES;
    }

    @TempDir
    Path project;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upgradeGivesTheCatalogueOfSchemaSqlAndDowngradeEmptiesIt(String name, PostgresDatabases databases)
            throws Exception {
        SqlAlchemyCase c = SqlAlchemyCase.load(name);
        PostgresDatabases.Database sql = databases.create();
        try (Connection conn = sql.connect()) {
            Database.POSTGRESQL
                    .runtime()
                    .orElseThrow()
                    .runScript(conn, new DdlRenderer().render(c.schema(), Database.POSTGRESQL.dialect()));
        }
        List<String> expected = PostgresSchemaCatalogue.of(sql);
        assertTrue(expected.size() > 5, expected::toString);

        AlembicPython.write(
                project,
                new SqlAlchemyFiles()
                        .render(new OrmInput(c.schema(), Database.POSTGRESQL, SqlAlchemyGoldenTest.CLOCK)));
        PostgresDatabases.Database alembic = databases.create();
        AlembicPython.alembic(project, alembic.url(), "upgrade", "head").orFail("alembic upgrade head");
        assertEquals(String.join("\n", expected), String.join("\n", PostgresSchemaCatalogue.of(alembic)));
        assertEquals(List.of("20261121100000"), alembic.strings("SELECT version_num FROM alembic_version"));

        // Alembic's own comparison of the models with the upgraded database finds nothing to do
        AlembicPython.Result check =
                AlembicPython.alembic(project, alembic.url(), "check").orFail("alembic check");
        assertTrue(check.out().contains("No new upgrade operations detected."), check::toString);

        AlembicPython.alembic(project, alembic.url(), "downgrade", "base").orFail("alembic downgrade base");
        assertEquals(List.of(), PostgresSchemaCatalogue.of(alembic));
        assertEquals(
                List.of("alembic_version"),
                alembic.strings("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"));

        PostgresDatabases.Database models = databases.create();
        // the JDBC URL as SQLAlchemy spells it: env.py's own conversion is what the alembic runs above go through
        String url = "postgresql+psycopg:" + models.url().substring("jdbc:postgresql:".length());
        AlembicPython.script("create_all.py", project.toString(), url).orFail("create_all");
        assertEquals(String.join("\n", expected), String.join("\n", PostgresSchemaCatalogue.of(models)));
    }

    @Test
    void theBlogModelsWriteAndReadRowsOnTheMigratedDatabase(PostgresDatabases databases) throws Exception {
        AlembicPython.write(
                project,
                new SqlAlchemyFiles()
                        .render(new OrmInput(
                                SqlAlchemyCase.load("blog").schema(),
                                Database.POSTGRESQL,
                                SqlAlchemyGoldenTest.CLOCK)));
        PostgresDatabases.Database db = databases.create();
        AlembicPython.alembic(project, db.url(), "upgrade", "head").orFail("alembic upgrade head");
        String url = "postgresql+psycopg:" + db.url().substring("jdbc:postgresql:".length());
        AlembicPython.Result r = AlembicPython.script("use_blog_models.py", project.toString(), url)
                .orFail("use_blog_models.py");
        assertEquals(
                List.of(
                        "profile Counts",
                        "post Hello draft Local News",
                        "children ['Local']",
                        "comment Nice False Ada",
                        "tag ['intro']",
                        "timestamps True"),
                r.out().lines().toList());
    }
}
