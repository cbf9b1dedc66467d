package dev.kei.sql;

import static dev.kei.sql.Jdbc.apply;
import static dev.kei.sql.Jdbc.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.db.Dialect;
import dev.kei.db.MySqlDialect;
import dev.kei.db.PostgresDialect;
import dev.kei.db.SqliteDialect;
import dev.kei.schema.Proposer;
import dev.kei.schema.SchemaDraft;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the proposer designs from every intake of src/test/resources/intakes/intakes.txt (the 25 dev intakes of
 * shared/design and more written for the tests) is real SQL: designed with UUID and with bigint keys, each table
 * and foreign key applies on PostgreSQL, SQLite and MariaDB (MySQL's dialect; skipped where it is not installed),
 * and the down returns each database to empty.
 */
@Tag("slow")
@PostgresTest
class ProposedSchemasApplyTest {
    private static final Dialect PG = new PostgresDialect();
    private static final Dialect SQLITE = new SqliteDialect();
    private static final Dialect MYSQL = new MySqlDialect();
    private static MariaDbServer mariadb;
    private static int databases;

    @AfterAll
    static void stop() throws Exception {
        if (mariadb != null) {
            mariadb.close();
        }
    }

    static List<String> intakes() throws IOException {
        try (InputStream in = ProposedSchemasApplyTest.class.getResourceAsStream("/intakes/intakes.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    private static List<Schema> schemas(String intake) throws DesignException {
        SchemaDraft draft = new Proposer().propose(intake).draft();
        Design uuid = Design.recommended();
        Design bigint =
                new Design(Design.Keys.BIGINT, uuid.naming(), uuid.timestamps(), uuid.tenancy(), Design.Scale.GROWING);
        return List.of(new SchemaDesigner(uuid).design(draft), new SchemaDesigner(bigint).design(draft));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intakes")
    void appliesAndRevertsOnPostgres(String intake, PostgresDatabases postgres) throws Exception {
        for (Schema schema : schemas(intake)) {
            try (Connection db = postgres.create().connect()) {
                apply(db, new DdlRenderer().render(schema, PG));
                assertEquals(
                        tableNames(schema), strings(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
                apply(db, new DownRenderer().render(schema, PG, Set.of(), "20261121100000_init_schema"));
                assertEquals(Set.of(), strings(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intakes")
    void appliesAndRevertsOnSqlite(String intake) throws Exception {
        for (Schema schema : schemas(intake)) {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA foreign_keys = ON");
                }
                apply(db, new DdlRenderer().render(schema, SQLITE));
                assertEquals(tableNames(schema), strings(db, "SELECT name FROM sqlite_master WHERE type = 'table'"));
                assertEquals(Set.of(), strings(db, "SELECT \"table\" FROM pragma_foreign_key_check"));
                apply(db, new DownRenderer().render(schema, SQLITE, Set.of(), "20261121100000_init_schema"));
                assertEquals(Set.of(), strings(db, "SELECT name FROM sqlite_master"));
            }
        }
    }

    @Tag("mariadb")
    @ParameterizedTest(name = "{0}")
    @MethodSource("intakes")
    void appliesAndRevertsOnMariaDb(String intake) throws Exception {
        Assumptions.assumeTrue(
                MariaDbServer.installed(), "MariaDB is not installed: apt-get install -y mariadb-server");
        if (mariadb == null) {
            mariadb = MariaDbServer.start();
        }
        String tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
        for (Schema schema : schemas(intake)) {
            String db = "proposed_" + ++databases;
            mariadb.require(null, "CREATE DATABASE " + db);
            mariadb.require(db, new DdlRenderer().render(schema, MYSQL));
            assertEquals(tableNames(schema), new TreeSet<>(mariadb.strings(db, tables)));
            mariadb.require(db, new DownRenderer().render(schema, MYSQL, Set.of(), "20261121100000_init_schema"));
            assertEquals(Set.of(), new TreeSet<>(mariadb.strings(db, tables)));
        }
    }

    private static Set<String> tableNames(Schema schema) {
        Set<String> names = new TreeSet<>();
        schema.tables().forEach(t -> names.add(t.name()));
        return names;
    }
}
