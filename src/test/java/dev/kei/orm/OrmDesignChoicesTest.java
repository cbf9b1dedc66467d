package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import dev.kei.schema.SchemaText;
import dev.kei.sql.DdlRenderer;
import dev.kei.sql.Design;
import dev.kei.sql.Schema;
import dev.kei.sql.SchemaDesigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phase-1 choices the golden flows leave at their defaults (a tenant column, a schema per tenant, Growing and
 * Large scale with their extra indexes, no or one standard column, singular names) give Drizzle and Prisma files the
 * ORMs' tools read as exactly db/schema.sql's PostgreSQL catalogue.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrmDesignChoicesTest {
    static final String TEXT = String.join(
            "\n",
            "customers(name text!, email varchar(254) unique, note text)",
            "products(title text!, price_cents int! = 0, sku varchar(40) unique, data jsonb, released_on date)",
            "orders(placed_at timestamptz! = now(), status enum(new|paid|shipped) = 'new', total numeric(12,2))",
            "customers 1-* orders; orders *-* products; customers 1-1 profiles",
            "profiles(bio text)");

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

    static Stream<Arguments> designs() {
        return Stream.of(
                Arguments.of(new Design(
                        Design.Keys.BIGINT,
                        Design.Naming.PLURAL,
                        Design.Timestamps.NONE,
                        Design.Tenancy.COLUMN,
                        Design.Scale.LARGE)),
                Arguments.of(new Design(
                        Design.Keys.UUID,
                        Design.Naming.SINGULAR,
                        Design.Timestamps.CREATED,
                        Design.Tenancy.SCHEMA_PER_TENANT,
                        Design.Scale.GROWING)),
                Arguments.of(new Design(
                        Design.Keys.UUID,
                        Design.Naming.PLURAL,
                        Design.Timestamps.CREATED_AND_UPDATED,
                        Design.Tenancy.COLUMN,
                        Design.Scale.GROWING)));
    }

    @ParameterizedTest
    @MethodSource("designs")
    void bothOrmsDescribeTheCatalogueOfSchemaSql(Design design) throws Exception {
        Schema schema = new SchemaDesigner(design).design(SchemaText.parse(TEXT));
        String sql = new DdlRenderer().render(schema, Database.POSTGRESQL.dialect());
        OrmInput input = new OrmInput(schema, Database.POSTGRESQL, Instant.parse("2026-11-21T10:00:00Z"));
        String name = "design-" + design.keys() + "-" + design.tenancy() + "-" + design.scale();

        Map<String, String> drizzle = new DrizzleFiles().render(input);
        String drizzleSql = DrizzleKit.generate(name, drizzle, "postgres://kei@localhost/app");
        String fromSchemaSql = postgres.create();
        postgres.apply(fromSchemaSql, sql);
        String fromDrizzle = postgres.create();
        postgres.apply(fromDrizzle, drizzleSql);
        String expected = postgres.dump(fromSchemaSql);
        assertTrue(expected.contains("CREATE INDEX"), expected);
        assertEquals(expected, postgres.dump(fromDrizzle), drizzleSql);

        Path prisma = out.resolve(name + ".prisma");
        Files.writeString(prisma, new PrismaFiles().render(input).get("prisma/schema.prisma"));
        PrismaSchemaEngine.Verdict verdict = PrismaSchemaEngine.check(prisma);
        assertTrue(verdict.valid(), verdict.error() + "\n" + Files.readString(prisma));
        try (Connection c = postgres.connect(fromSchemaSql)) {
            assertEquals(Catalogue.postgres(c), DmmfCatalogue.of(verdict.dmmf(), true), Files.readString(prisma));
        }
    }
}
