package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drizzle's own tool agrees with db/schema.sql (issue 15): for every golden archetype on PostgreSQL, both key styles,
 * the src/db/schema.ts db-schema writes with ORM = Drizzle goes through {@code drizzle-kit generate}, and the SQL it
 * produces, applied to a fresh PostgreSQL 15, gives the very catalogue db/schema.sql gives: {@code pg_dump -s} of the
 * two databases is the same text, but for the lines pg_dump writes differently in every dump.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrizzleKitCatalogueTest {
    private Postgres15 postgres;

    @TempDir
    Path out;

    @BeforeAll
    void start() throws Exception {
        NodeTools.install();
        postgres = Postgres15.start();
    }

    @AfterAll
    void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    static List<String> flows() throws IOException {
        return OrmFlows.on("postgresql");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void drizzleKitsSqlGivesTheCatalogueOfSchemaSql(String flow) throws Exception {
        Path files = OrmFlows.replay(flow, "Drizzle", out.resolve(flow));
        String drizzleSql = DrizzleKit.generate(flow, drizzleFiles(files), "postgres://kei@localhost/app");

        String fromSchemaSql = postgres.create();
        postgres.apply(fromSchemaSql, Files.readString(files.resolve("db/schema.sql")));
        String fromDrizzle = postgres.create();
        postgres.apply(fromDrizzle, drizzleSql);

        String expected = normalised(postgres.dump(fromSchemaSql));
        assertTrue(expected.contains("CREATE TABLE"), expected);
        assertEquals(expected, normalised(postgres.dump(fromDrizzle)), flow + ": drizzle-kit's SQL was\n" + drizzleSql);
    }

    /** The two files db-schema wrote for Drizzle under {@code files}, by path. */
    static java.util.Map<String, String> drizzleFiles(Path files) throws IOException {
        return java.util.Map.of(
                "src/db/schema.ts",
                Files.readString(files.resolve("src/db/schema.ts")),
                "drizzle.config.ts",
                Files.readString(files.resolve("drizzle.config.ts")));
    }

    /**
     * The dump without its two psql meta-command lines "restrict KEY" and "unrestrict KEY": pg_dump (15.14 and later)
     * draws a new random key for them in every dump. Nothing else is touched; pg_dump orders objects by itself.
     */
    static String normalised(String dump) {
        try (Stream<String> lines = dump.lines()) {
            return lines.filter(l -> !l.matches("\\\\(un)?restrict .*")).collect(Collectors.joining("\n"));
        }
    }
}
