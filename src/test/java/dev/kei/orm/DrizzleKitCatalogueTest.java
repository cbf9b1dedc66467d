package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * produces, applied to a fresh database on the machine's PostgreSQL, gives the very catalogue db/schema.sql gives:
 * {@code pg_dump -s} of the two databases is the same text, unnormalised (pg_dump orders objects itself, and its
 * restrict key is fixed).
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrizzleKitCatalogueTest {
    private PgDumpServer postgres;

    @TempDir
    Path out;

    @BeforeAll
    void start() throws Exception {
        NodeTools.install();
        postgres = PgDumpServer.start();
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

        String expected = postgres.dump(fromSchemaSql);
        assertTrue(expected.contains("CREATE TABLE"), expected);
        assertEquals(expected, postgres.dump(fromDrizzle), flow + ": drizzle-kit's SQL was\n" + drizzleSql);
    }

    /** The two files db-schema wrote for Drizzle under {@code files}, by path. */
    static java.util.Map<String, String> drizzleFiles(Path files) throws IOException {
        return java.util.Map.of(
                "src/db/schema.ts",
                Files.readString(files.resolve("src/db/schema.ts")),
                "drizzle.config.ts",
                Files.readString(files.resolve("drizzle.config.ts")));
    }
}
