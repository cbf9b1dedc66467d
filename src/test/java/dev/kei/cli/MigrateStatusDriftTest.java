package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kei-migrate status --drift} in-process against real databases (a fresh PostgreSQL database per test on the
 * shared embedded server, the replay on a throwaway one; a SQLite file): hand-made changes are each named, a
 * database that matches reports none, the password of the URL never shows, and a replay that cannot run is said
 * clearly while the status still prints.
 */
@PostgresTest
class MigrateStatusDriftTest {
    static final Path MARKED = Path.of("src/test/resources/export/migrations");

    @TempDir
    Path work;

    PostgresDatabases databases;
    Path dir;

    @BeforeEach
    void folder(PostgresDatabases databases) throws Exception {
        this.databases = databases;
        dir = work.resolve("migrations");
        Files.createDirectories(dir);
    }

    CliRun migrate(String url, String... args) {
        List<String> all = new ArrayList<>(List.of("--database-url", url, "--dir", dir.toString()));
        all.addAll(List.of(args));
        return CliRun.migrate(all.toArray(String[]::new));
    }

    void file(String name, String sql) throws Exception {
        Files.writeString(dir.resolve(name), sql);
    }

    void shop() throws Exception {
        file(
                "20260101000001_users.sql",
                "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                        + " email varchar(255) NOT NULL, plan text NOT NULL DEFAULT 'free');\n");
        file(
                "20260101000002_orders.sql",
                "CREATE TABLE coupons (id integer PRIMARY KEY);\n"
                        + "CREATE TABLE orders (id integer PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id),"
                        + " coupon_id integer);\n"
                        + "CREATE VIEW big_orders AS SELECT id, user_id FROM orders WHERE id > 100;\n");
        file(
                "20260101000003_orders_user_id_idx.sql",
                "-- kei:no-transaction\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);\n");
    }

    static void sql(String jdbcUrl, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    String upToDate() throws Exception {
        String url = databases.create().url();
        shop();
        CliRun up = migrate(url, "up");
        assertEquals(0, up.exitCode(), up.toString());
        return url;
    }

    @Test
    void aDatabaseThatMatchesItsMigrationsReportsNoDrift() throws Exception {
        try (Stream<Path> s = Files.list(MARKED)) {
            for (Path p : s.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        file("20260106000000_pending.sql", "CREATE TABLE not_yet (id integer);\n");
        String url = databases.create().url();
        sql(url, "CREATE TABLE kept_by_nobody_yet (id integer)", "DROP TABLE kept_by_nobody_yet");
        // no-transaction, backfill and contract files, applied as a team would: the contract step with --contract
        assertEquals(0, migrate(url, "up", "4").exitCode());
        assertEquals(0, migrate(url, "up", "1", "--contract").exitCode());
        sql(url, "INSERT INTO users (email) VALUES ('Ada@example.com')");

        CliRun r = migrate(url, "status", "--drift");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("5 applied, 1 pending"), r.out());
        assertTrue(
                r.out()
                        .endsWith("No schema drift: the database matches its 5 applied migrations, replayed on an"
                                + " embedded PostgreSQL.\n"),
                r.out());
        assertEquals(
                "Checking for schema drift: replaying 5 applied migrations on an embedded PostgreSQL...\n", r.err());

        JsonNode json =
                Json.parse(migrate(url, "status", "--json", "--drift").out()).path("schema_drift");
        assertTrue(json.path("checked").asBoolean(), json.toString());
        assertEquals(5, json.path("replayed").asInt());
        assertEquals(0, json.path("findings").size(), json.toString());
    }

    @Test
    void everyHandMadeChangeIsNamed() throws Exception {
        String url = upToDate();
        sql(
                url,
                "ALTER TABLE users ADD COLUMN nickname text",
                "DROP INDEX orders_user_id_idx",
                "ALTER TABLE users ALTER COLUMN email TYPE text",
                "ALTER TABLE users ALTER COLUMN plan DROP NOT NULL",
                "ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'trial'",
                "CREATE TABLE audit (id integer PRIMARY KEY, note text)",
                "ALTER TABLE orders ADD CONSTRAINT orders_coupon_id_fkey FOREIGN KEY (coupon_id) REFERENCES coupons (id)",
                "CREATE OR REPLACE VIEW big_orders AS SELECT id, user_id FROM orders WHERE id > 1000");

        CliRun r = migrate(url, "status", "--drift");
        assertEquals(1, r.exitCode(), r.toString());
        List<String> lines = r.lines();
        int at = lines.indexOf("Schema drift: the database differs from its 3 applied migrations, replayed on an"
                + " embedded PostgreSQL:");
        assertTrue(at > 0, r.out());
        assertTrue(lines.get(at - 1).startsWith("3 applied, 0 pending"), r.out());
        assertEquals(
                List.of(
                        "  table audit exists in the database but not in the applied migrations",
                        "  column users.email: type text in the database, character varying(255) by the migrations",
                        "  column users.nickname exists in the database but not in the applied migrations",
                        "  column users.plan: nullable in the database, not null by the migrations; default"
                                + " 'trial'::text in the database, default 'free'::text by the migrations",
                        "  foreign key orders.orders_coupon_id_fkey exists in the database but not in the applied"
                                + " migrations",
                        "  index orders_user_id_idx: the migrations create it, the database lacks it",
                        "  view big_orders: SELECT id, user_id FROM orders WHERE (id > 1000) in the database, SELECT id,"
                                + " user_id FROM orders WHERE (id > 100) by the migrations",
                        "Undo the hand-made change, or record it in a migration: kei-migrate --database-url"
                                + " \"$DATABASE_URL\" --dir " + dir + " create NAME"),
                lines.subList(at + 1, lines.size()),
                r.out());
        assertEquals(
                "Checking for schema drift: replaying 3 applied migrations on an embedded PostgreSQL...\n", r.err());

        CliRun j = migrate(url, "status", "--json", "--drift");
        assertEquals(1, j.exitCode(), j.toString());
        JsonNode findings = Json.parse(j.out()).path("schema_drift").path("findings");
        assertEquals(7, findings.size(), findings.toString());
        JsonNode index = findings.get(5);
        assertEquals("index", index.path("kind").asText());
        assertEquals("orders_user_id_idx", index.path("name").asText());
        assertEquals("only_in_migrations", index.path("where").asText());
        assertEquals(
                "CREATE INDEX orders_user_id_idx ON orders USING btree (user_id)",
                index.path("migrations").asText());
        assertTrue(index.path("database").isNull(), index.toString());
    }

    @Test
    void withNothingAppliedEveryTableIsHandMade() throws Exception {
        String url = databases.create().url();
        shop();
        sql(url, "CREATE TABLE users (id integer PRIMARY KEY)");

        CliRun r = migrate(url, "status", "--drift");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.out().contains("0 applied, 3 pending"), r.out());
        assertTrue(
                r.out()
                        .contains(
                                "Schema drift: nothing is applied, yet the database holds:\n  table users exists in the database but not in the applied"
                                        + " migrations\nUndo"),
                r.out());
    }

    @Test
    void anotherSchemaThanPublicIsNoDrift() throws Exception {
        String url = databases.create().url();
        sql(url, "CREATE SCHEMA app");
        String inApp = url + (url.contains("?") ? "&" : "?") + "currentSchema=app";
        shop();
        assertEquals(0, migrate(inApp, "up").exitCode());

        CliRun r = migrate(inApp, "status", "--drift");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("No schema drift"), r.out());
    }

    @Test
    void thePasswordOfTheUrlNeverShows() throws Exception {
        String jdbc = upToDate();
        sql(jdbc, "ALTER TABLE users ADD COLUMN nickname text");
        URI u = URI.create(jdbc.substring("jdbc:".length()));
        String password = "Zq9-drift-S3cret";
        String url = "postgres://postgres:" + password + "@" + u.getHost() + ":" + u.getPort() + u.getPath();
        file("20260101000004_needs_legacy.sql", "ALTER TABLE legacy ADD COLUMN x integer;\n");
        sql(jdbc, "CREATE TABLE legacy (id integer)");
        assertEquals(0, migrate(url, "up").exitCode());

        List<String> urls = List.of(url, jdbc + (jdbc.contains("?") ? "&" : "?") + "password=" + password);
        for (String given : urls) { // the replay fails: its message is no place for the URL either
            for (CliRun r :
                    List.of(migrate(given, "status", "--drift"), migrate(given, "status", "--json", "--drift"))) {
                assertEquals(1, r.exitCode(), r.toString());
                assertTrue(r.err().contains("Schema drift not checked"), r.toString());
                assertFalse(r.out().contains("S3cret") || r.err().contains("S3cret"), r.toString());
            }
        }
        Files.delete(dir.resolve("20260101000004_needs_legacy.sql"));
        sql(jdbc, "DELETE FROM kei_schema_history WHERE version = '20260101000004'");
        for (String given : urls) {
            for (CliRun r :
                    List.of(migrate(given, "status", "--drift"), migrate(given, "status", "--json", "--drift"))) {
                assertEquals(1, r.exitCode(), r.toString());
                assertTrue(r.out().contains("column users.nickname exists in the database"), r.toString());
                assertFalse(r.out().contains("S3cret") || r.err().contains("S3cret"), r.toString());
            }
        }
    }

    @Test
    void aMigrationThatDoesNotReplaySaysSoAndStatusStillPrints() throws Exception {
        String url = upToDate();
        // the database was adopted mid-life: a table made by hand before kei-migrate, which a migration alters
        sql(url, "CREATE TABLE legacy (id integer)");
        file("20260101000004_legacy_note.sql", "ALTER TABLE legacy ADD COLUMN note text;\n");
        assertEquals(0, migrate(url, "up").exitCode());

        CliRun r = migrate(url, "status", "--drift");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.out().contains("applied  20260101000004_legacy_note"), r.out());
        assertTrue(r.out().contains("4 applied, 0 pending, 0 failed, 0 drifted, 0 missing"), r.out());
        assertFalse(r.out().contains("Schema drift"), r.out());
        assertTrue(
                r.err()
                        .contains("Schema drift not checked: the applied migrations do not replay on an embedded"
                                + " PostgreSQL. Migration 20260101000004_legacy_note.sql failed."),
                r.err());
        assertTrue(r.err().contains("relation \"legacy\" does not exist"), r.err());
        assertTrue(r.err().contains("The status above stands."), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());

        JsonNode json =
                Json.parse(migrate(url, "status", "--json", "--drift").out()).path("schema_drift");
        assertFalse(json.path("checked").asBoolean(true), json.toString());
        assertTrue(json.path("reason").asText().contains("20260101000004_legacy_note"), json.toString());
    }

    @Test
    void anEditedFileIsSaidOnceAndTheReplayRunsItsCurrentText() throws Exception {
        String url = upToDate();
        file(
                "20260101000001_users.sql",
                "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                        + " email varchar(255) NOT NULL, plan text NOT NULL DEFAULT 'free', born date);\n");

        CliRun r = migrate(url, "status", "--drift");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.out().contains("drift    20260101000001_users"), r.out());
        assertTrue(r.out().contains("  column users.born: the migrations create it, the database lacks it\n"), r.out());
        assertTrue(
                r.out()
                        .contains("  (20260101000001_users was edited after it ran: the replay ran its text as it is"
                                + " now)\n"),
                r.out());
    }

    @Test
    void aMissingOrUnfinishedFileStopsTheCheckNotTheStatus() throws Exception {
        String url = upToDate();
        Files.delete(dir.resolve("20260101000003_orders_user_id_idx.sql"));

        CliRun r = migrate(url, "status", "--drift");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.out().contains("missing  20260101000003_orders_user_id_idx"), r.out());
        assertTrue(
                r.err()
                        .contains("Schema drift not checked: 20260101000003_orders_user_id_idx ran, but its file is"
                                + " gone, so the replay cannot make what it made."),
                r.err());

        // a statement-by-statement file that failed after its first unit: the replay cannot stop where it did
        file(
                "20260101000003_orders_user_id_idx.sql",
                "-- kei:no-transaction\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);\n");
        sql(url, "INSERT INTO users (email) VALUES ('a@example.com'), ('a@example.com')");
        file(
                "20260101000004_unique_email.sql",
                "-- kei:no-transaction\nALTER TABLE users ADD COLUMN born date;\n"
                        + "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n");
        assertEquals(1, migrate(url, "up").exitCode());
        CliRun failed = migrate(url, "status", "--drift");
        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.out().contains("failed   20260101000004_unique_email  (stopped after unit 1"), failed.out());
        assertTrue(
                failed.err()
                        .contains("Schema drift not checked: 20260101000004_unique_email stopped part-way, so the"
                                + " replay cannot stop where it did.\nFinish it first (up resumes it), then run"
                                + " status --drift again.\n"),
                failed.err());
    }

    @Test
    void aSqliteDatabaseComparesItsStatements() throws Exception {
        String url = "sqlite:" + work.resolve("app.db");
        file("20260101000001_users.sql", "CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);\n");
        file("20260101000002_users_email.sql", "CREATE INDEX users_email ON users (email);\n");
        assertEquals(0, migrate(url, "up").exitCode());
        CliRun clean = migrate(url, "status", "--drift");
        assertEquals(0, clean.exitCode(), clean.toString());
        assertTrue(
                clean.out()
                        .contains("No schema drift: the database matches its 2 applied migrations, replayed on a"
                                + " scratch SQLite file."),
                clean.out());

        sql(
                "jdbc:" + url,
                "ALTER TABLE users ADD COLUMN nickname text",
                "DROP INDEX users_email",
                "CREATE TABLE audit (id integer PRIMARY KEY, note text)",
                "CREATE INDEX audit_note ON audit (note)");
        CliRun r = migrate(url, "status", "--drift");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(
                r.out()
                        .contains("  table users: CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL,"
                                + " nickname text) in the database, CREATE TABLE users (id integer PRIMARY KEY, email text"
                                + " NOT NULL) by the migrations\n"),
                r.out());
        assertTrue(r.out().contains("  index users_email: the migrations create it, the database lacks it\n"), r.out());
        assertTrue(
                r.out().contains("  table audit exists in the database but not in the applied migrations\n"), r.out());
        assertFalse(r.out().contains("audit_note"), "the table is named, not its parts: " + r.out());
    }
}
