package dev.kei.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.DatabaseUrl;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@PostgresTest
class SchemaSourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"uuid", "bigint", "junction"})
    void everySourceReadsTheSameSchemaFromTheSameDdl(String fixture, PostgresDatabases databases, @TempDir Path out)
            throws Exception {
        String ddl = LiveSchemaTest.fixture(fixture);
        PostgresDatabases.Database db = databases.create();
        try (Connection c = db.connect()) {
            LiveSchemaTest.apply(c, ddl);
        }
        LiveSchema live = SchemaSource.live(DatabaseUrl.parse(db.url())).read();

        Path migrations = Files.createDirectories(out.resolve("migrations"));
        Files.writeString(migrations.resolve("20260101000000_init.sql"), ddl);
        Files.writeString(
                migrations.resolve("20260101000000_init.down.sql"),
                "DROP TABLE " + String.join(", ", live.tables().keySet()) + " CASCADE;\n");
        LiveSchema replayed = SchemaSource.migrations(migrations).read();

        Path schema = Files.createDirectories(out.resolve("db")).resolve("schema.sql");
        Files.writeString(schema, ddl);
        LiveSchema applied = SchemaSource.schemaFile(schema).read();

        assertFalse(live.tables().isEmpty());
        assertEquals(live.withoutSizes(), replayed.withoutSizes(), "migrations folder vs live database");
        assertEquals(live.withoutSizes(), applied.withoutSizes(), "db/schema.sql vs live database");
        assertFalse(replayed.tables().containsKey("kei_schema_history"), "kei-migrate's own table is no schema");
    }

    @Test
    void aSchemaFileThatDoesNotApplyNamesTheFileTheLineAndPostgresMessage(@TempDir Path out) throws Exception {
        Path schema = Files.createDirectories(out.resolve("db")).resolve("schema.sql");
        Files.writeString(
                schema,
                """
                -- the shop
                CREATE TABLE customers (id bigint PRIMARY KEY);

                CREATE TABLE orders (
                    id bigint PRIMARY KEY,
                    customer_id bigint REFERENCES customers (id),
                    status varchr(20) NOT NULL
                );
                """);
        SchemaSourceException e = assertThrows(SchemaSourceException.class, () -> SchemaSource.schemaFile(schema)
                .read());
        assertEquals(schema + " does not apply: line 7: type \"varchr\" does not exist.", e.getMessage());
        assertTrue(e.details().contains("  File      : " + schema + "\n"), e.details());
        assertTrue(e.details().contains("  Line      : 7\n"), e.details());
        assertTrue(e.details().contains("  Statement : CREATE TABLE orders ("), e.details());
        assertTrue(e.details().contains("  SQL State : 42704"), e.details());
        assertEquals("Fix " + schema + " at line 7, then run again.", e.next());
        assertTrue(e.usage(), "the file is at fault: exit 2");
    }

    @Test
    void aStatementWithoutAPositionIsNamedByTheLineItStartsOn(@TempDir Path out) throws Exception {
        Path schema = out.resolve("schema.sql");
        Files.writeString(schema, "CREATE TABLE a (id int);\n\nCREATE TABLE a (id int);\n");
        SchemaSourceException e = assertThrows(SchemaSourceException.class, () -> SchemaSource.schemaFile(schema)
                .read());
        assertEquals(schema + " does not apply: line 3: relation \"a\" already exists.", e.getMessage());
    }

    @Test
    void aPgDumpSchemaThatEmptiesTheSearchPathIsStillRead(@TempDir Path out) throws Exception {
        Path schema = out.resolve("schema.sql");
        Files.writeString(
                schema,
                """
                SET statement_timeout = 0;
                SELECT pg_catalog.set_config('search_path', '', false);
                CREATE TABLE public.accounts (
                    id bigint NOT NULL,
                    name text DEFAULT 'x'::text NOT NULL
                );
                ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
                """);
        LiveSchema read = SchemaSource.schemaFile(schema).read();
        assertEquals(
                java.util.List.of("id"), read.table("accounts").orElseThrow().primaryKey());
        assertEquals(
                "'x'::text",
                read.table("accounts")
                        .orElseThrow()
                        .column("name")
                        .orElseThrow()
                        .defaultSql());
    }

    @Test
    void aMissingSchemaFileIsNamed(@TempDir Path out) {
        Path schema = out.resolve("db/schema.sql");
        SchemaSourceException e = assertThrows(SchemaSourceException.class, () -> SchemaSource.schemaFile(schema)
                .read());
        assertEquals(schema + " does not exist.", e.getMessage());
    }

    @Test
    void aMigrationThatFailsNamesTheMigration(@TempDir Path out) throws Exception {
        Path migrations = Files.createDirectories(out.resolve("migrations"));
        Files.writeString(migrations.resolve("20260101000000_init.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(migrations.resolve("20260101000000_init.down.sql"), "DROP TABLE a;\n");
        Files.writeString(migrations.resolve("20260102000000_more.sql"), "CREATE TABLE b (\n  id intt\n);\n");
        SchemaSourceException e = assertThrows(SchemaSourceException.class, () -> SchemaSource.migrations(migrations)
                .read());
        assertTrue(e.getMessage().startsWith("The migrations in " + migrations + " do not replay"), e.getMessage());
        assertTrue(e.getMessage().contains("20260102000000_more"), e.getMessage());
        assertTrue(e.details().contains("type \"intt\" does not exist"), e.details());
    }

    @Test
    void pickTakesDatabaseUrlThenMigrationsThenSchemaSql(@TempDir Path out) throws Exception {
        String url = "postgres://kei:s3cret-pw@localhost:5432/app";
        Files.createDirectories(out.resolve("migrations"));
        Files.createDirectories(out.resolve("db"));
        Files.writeString(out.resolve("db/schema.sql"), "CREATE TABLE a (id int);\n");

        SchemaSource fromUrl = SchemaSource.pick(out, Map.of("DATABASE_URL", url));
        assertInstanceOf(SchemaSource.Live.class, fromUrl);
        assertEquals("the live database postgresql://kei@localhost:5432/app", fromUrl.shown());

        SchemaSource emptyFolder = SchemaSource.pick(out, Map.of("DATABASE_URL", "  "));
        assertEquals(
                SchemaSource.schemaFile(out.resolve("db/schema.sql")),
                emptyFolder,
                "a blank DATABASE_URL is unset; a migrations folder without .sql files is no source");

        Files.writeString(out.resolve("migrations/20260101000000_init.sql"), "CREATE TABLE a (id int);\n");
        SchemaSource folder = SchemaSource.pick(out, Map.of());
        assertEquals(SchemaSource.migrations(out.resolve("migrations")), folder);
        assertEquals(
                "the migrations in " + out.resolve("migrations") + ", replayed on a throwaway PostgreSQL",
                folder.shown());
        assertEquals(out.resolve("db/schema.sql") + ", applied on a throwaway PostgreSQL", emptyFolder.shown());
    }

    @Test
    void pickWithNothingToReadNamesWhatItLookedFor(@TempDir Path out) {
        SchemaSourceException e = assertThrows(SchemaSourceException.class, () -> SchemaSource.pick(out, Map.of()));
        assertEquals("No current schema found for " + out + ".", e.getMessage());
        assertTrue(e.details().contains("DATABASE_URL (not set)"), e.details());
        assertTrue(e.details().contains(out.resolve("migrations") + " (no such folder)"), e.details());
        assertTrue(e.details().contains(out.resolve("db").resolve("schema.sql") + " (no such file)"), e.details());
        assertTrue(e.usage());
    }

    @Test
    void pickRefusesAnUnusableUrlWithoutEchoingIt(@TempDir Path out) {
        SchemaSourceException e = assertThrows(
                SchemaSourceException.class,
                () -> SchemaSource.pick(out, Map.of("DATABASE_URL", "postgres://kei:s3cr%t@localhost/app")));
        assertTrue(e.getMessage().startsWith("DATABASE_URL cannot be used: "), e.getMessage());
        assertFalse(e.shown().contains("s3cr"), e.shown());
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsNamedWithoutItsPassword() throws Exception {
        SchemaSource source = SchemaSource.live(DatabaseUrl.parse("postgres://kei:s3cret-pw@127.0.0.1:1/app"));
        SchemaSourceException e = assertThrows(SchemaSourceException.class, source::read);
        assertEquals("Could not read the current schema of postgresql://kei@127.0.0.1:1/app.", e.getMessage());
        assertFalse(e.shown().contains("s3cret-pw"), e.shown());
        assertFalse(e.usage(), "the database, not the input, failed: exit 1");
    }

    @Test
    void aSqliteUrlIsRefused(@TempDir Path out) throws Exception {
        SchemaSource source = SchemaSource.live(DatabaseUrl.parse("sqlite:" + out.resolve("app.db")));
        SchemaSourceException e = assertThrows(SchemaSourceException.class, source::read);
        assertTrue(
                e.getMessage().startsWith("db-change reads the current schema of a PostgreSQL database"),
                e.getMessage());
        assertFalse(Files.exists(out.resolve("app.db")), "nothing was created");
    }
}
