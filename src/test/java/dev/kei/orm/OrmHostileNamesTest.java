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
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Names that are words of TypeScript or of Prisma's schema language (tables {@code model}, {@code enum},
 * {@code default}, {@code type}, {@code string}, {@code text}; columns {@code type}, {@code default}, {@code enum},
 * {@code constructor}, {@code new}, ...; tables whose names are the builders a schema.ts imports, {@code primary_key}
 * and {@code custom_type}; a reference cycle between two of them; a 60-character table, whose identity sequence
 * PostgreSQL names by shortening) still give files the ORMs' own tools
 * accept and that describe db/schema.sql exactly: drizzle-kit generates the same PostgreSQL catalogue from schema.ts,
 * and Prisma's engine validates schema.prisma with the catalogue's tables, columns, relations and indexes.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrmHostileNamesTest {
    static final String TEXT = String.join(
            "\n",
            "model(type text!, default text = 'it''s \\\\ `${x}`', enum enum(a|b|c_d) = 'a', constructor int = 3,"
                    + " class boolean = true, from date, select numeric(10,2) = 1.50, new jsonb, sql bytea,"
                    + " table_name text unique, prototype text index)",
            "enum(name text!, value varchar(20) unique)",
            "default(value text, when timestamptz = now())",
            "type(name text)",
            "string(name text)",
            "text(name text)",
            "primary_key(custom_type text, table text)",
            "custom_type(name text)",
            "a_table_whose_name_is_exactly_sixty_characters_long_for_keys(name text)",
            "model 1-* enum; a_table_whose_name_is_exactly_sixty_characters_long_for_keys 1-* model; enum *-* default; type 1-1 model; string 1-* text; text 1-* string; model 1-* string");

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

    static Schema schema(Design.Keys keys) throws Exception {
        return new SchemaDesigner(new Design(
                        keys,
                        Design.Naming.SINGULAR,
                        Design.Timestamps.CREATED_AND_UPDATED,
                        Design.Tenancy.SINGLE,
                        Design.Scale.SMALL))
                .design(SchemaText.parse(TEXT));
    }

    private static Map<String, String> render(OrmFiles orm, Schema schema, Database database) {
        return orm.render(new OrmInput(schema, database, Instant.parse("2026-11-21T10:00:00Z")));
    }

    @ParameterizedTest
    @EnumSource(Design.Keys.class)
    void drizzleKitReadsTheSchemaAndGivesTheCatalogueOfSchemaSql(Design.Keys keys) throws Exception {
        Schema schema = schema(keys);
        assertTrue(schema.deferredForeignKeys().size() > 0, "the names include a reference cycle");
        Map<String, String> files = render(new DrizzleFiles(), schema, Database.POSTGRESQL);
        String ts = files.get("src/db/schema.ts");
        String drizzleSql = DrizzleKit.generate("hostile-" + keys, files, "postgres://kei@localhost/app");
        String fromSchemaSql = postgres.create();
        postgres.apply(fromSchemaSql, new DdlRenderer().render(schema, Database.POSTGRESQL.dialect()));
        String fromDrizzle = postgres.create();
        postgres.apply(fromDrizzle, drizzleSql);
        assertEquals(postgres.dump(fromSchemaSql), postgres.dump(fromDrizzle), drizzleSql + "\n" + ts);
        for (Database other : new Database[] {Database.MYSQL, Database.SQLITE}) {
            String url = other.isOneFile() ? "sqlite:" + out.resolve("app.db") : "mysql://kei@localhost/app";
            assertTrue(DrizzleKit.generate(
                            "hostile-" + keys + "-" + other.dialect().id(),
                            render(new DrizzleFiles(), schema, other),
                            url)
                    .contains("CREATE TABLE"));
        }
    }

    @ParameterizedTest
    @EnumSource(Design.Keys.class)
    void prismasEngineAcceptsTheSchemaAndListsTheCatalogue(Design.Keys keys) throws Exception {
        Schema schema = schema(keys);
        for (Database database : Database.values()) {
            Path file = out.resolve(database.dialect().id() + ".prisma");
            Files.writeString(file, render(new PrismaFiles(), schema, database).get("prisma/schema.prisma"));
            PrismaSchemaEngine.Verdict verdict = PrismaSchemaEngine.check(file);
            assertTrue(verdict.valid(), database + ": " + verdict.error() + "\n" + Files.readString(file));
            String sql = new DdlRenderer().render(schema, database.dialect());
            if (database.dialect().id().equals("postgresql")) {
                String db = postgres.create();
                postgres.apply(db, sql);
                try (Connection c = postgres.connect(db)) {
                    assertEquals(Catalogue.postgres(c), DmmfCatalogue.of(verdict.dmmf(), true));
                }
            } else if (database.dialect().id().equals("sqlite")) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(keys + ".db"));
                        Statement s = c.createStatement()) {
                    s.executeUpdate(sql);
                    assertEquals(Catalogue.sqlite(c), DmmfCatalogue.of(verdict.dmmf(), false));
                }
            }
        }
    }
}
