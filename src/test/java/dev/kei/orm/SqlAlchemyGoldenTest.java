package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import dev.kei.support.GoldenFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * db/models.py and the init revision of a few cases on each database equal their golden files under
 * {@code golden/orm/sqlalchemy/<case>/<database>/}; the Alembic project files, the same for every schema, those under
 * {@code golden/orm/sqlalchemy/project/}. {@code -Dgolden.update=true} rewrites them.
 */
class SqlAlchemyGoldenTest {
    static final Instant CLOCK = Instant.parse("2026-11-21T10:00:00Z");
    static final Path ROOT = SqlAlchemyCase.home().resolve("src/test/resources/golden/orm/sqlalchemy");
    static final List<String> PROJECT_FILES = List.of("alembic.ini", "alembic/env.py", "alembic/script.py.mako");

    static Stream<Arguments> cases() {
        return Stream.of("blog", "every-type", "mutual-references", "reserved-words", "python-words")
                .flatMap(c -> Stream.of(Database.POSTGRESQL, Database.SQLITE).map(d -> Arguments.of(c, d)));
    }

    static LinkedHashMap<String, String> render(String name, Database database) {
        return new SqlAlchemyFiles()
                .render(new OrmInput(SqlAlchemyCase.load(name).schema(), database, CLOCK));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void modelsAndRevisionMatchTheGoldenFiles(String name, Database database) {
        Map<String, String> files = render(name, database);
        PROJECT_FILES.forEach(files::remove);
        GoldenFiles.in(ROOT.resolve(name).resolve(database.dialect().id())).assertMatches(files);
    }

    @Test
    void theAlembicProjectFilesMatchTheGoldenFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        render("blog", Database.POSTGRESQL).forEach((path, text) -> {
            if (PROJECT_FILES.contains(path)) {
                files.put(path, text);
            }
        });
        GoldenFiles.in(ROOT.resolve("project")).assertMatches(files);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void renderingTwiceGivesTheSameBytes(String name, Database database) {
        assertEquals(render(name, database), render(name, database));
    }

    @Test
    void theFilesAreTheOnesContractsSection13Names() {
        assertEquals(
                List.of(
                        "db/models.py",
                        "alembic/versions/20261121100000_init_schema.py",
                        "alembic.ini",
                        "alembic/env.py",
                        "alembic/script.py.mako"),
                List.copyOf(render("blog", Database.POSTGRESQL).keySet()));
    }

    @Test
    void theRevisionIdFollowsTheClock() {
        String later = new SqlAlchemyFiles()
                        .render(new OrmInput(
                                SqlAlchemyCase.load("blog").schema(),
                                Database.SQLITE,
                                Instant.parse("2027-01-02T03:04:05Z")))
                        .keySet()
                        .stream()
                        .filter(p -> p.startsWith("alembic/versions/"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("alembic/versions/20270102030405_init_schema.py", later);
    }

    @Test
    void theDatabaseUrlComesFromTheEnvironmentOnly() {
        Map<String, String> files = render("blog", Database.POSTGRESQL);
        assertTrue(!files.get("alembic.ini").contains("sqlalchemy.url"), files.get("alembic.ini"));
        assertTrue(files.get("alembic/env.py").contains("os.environ.get(\"DATABASE_URL\""));
        for (String text : files.values()) {
            assertTrue(!text.contains("localhost") && !text.contains("@"), text);
        }
    }

    @Test
    void mySqlIsRefusedWithAClearError() {
        SqlAlchemyFiles files = new SqlAlchemyFiles();
        assertTrue(!files.supports(Database.MYSQL));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> files.render(new OrmInput(SqlAlchemyCase.load("blog").schema(), Database.MYSQL, CLOCK)));
        assertTrue(e.getMessage().startsWith("kei writes SQLAlchemy models for PostgreSQL and SQLite, not MySQL."));
    }
}
