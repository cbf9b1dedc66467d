package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kei.db.ColumnType;
import dev.kei.db.Dialect;
import dev.kei.db.MySqlDialect;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden MySQL DDL applies on a real MariaDB through its command-line client with every name kept as written and
 * every index over its columns in the designed order;
 * an irreversible down stops before it drops anything; the down file then returns the database to empty. One server
 * for the class, a database per case. Skipped where MariaDB is not installed ({@code apt-get install -y
 * mariadb-server}).
 */
@Tag("slow")
@Tag("mariadb")
class DdlMariaDbTest {
    private static final Dialect MYSQL = new MySqlDialect();
    private static final String TABLES =
            "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1";
    private static MariaDbServer server;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                MariaDbServer.installed(),
                "MariaDB is not installed (apt-get install -y mariadb-server gives /usr/sbin/mariadbd and"
                        + " /usr/bin/mariadb): the MySQL DDL is not applied to a real server");
        server = MariaDbServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    static List<String> cases() {
        return GoldenCase.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upCreatesEveryNameIrreversibleDownStopsDownLeavesNothing(String name) throws Exception {
        GoldenCase c = GoldenCase.load(name);
        SchemaNames expected = SchemaNames.of(c.schema());
        String db = freshDatabase(name);
        server.require(db, c.ddl(MYSQL));
        assertEquals(expected.tables(), new TreeSet<>(server.strings(db, TABLES)));
        Set<String> constraints = new TreeSet<>(server.strings(
                db,
                "SELECT constraint_name FROM information_schema.table_constraints"
                        + " WHERE constraint_schema = DATABASE() AND constraint_type <> 'PRIMARY KEY'"));
        constraints.removeAll(jsonColumns(c.schema())); // MariaDB's json is longtext with CHECK (json_valid(col))
        assertEquals(expected.constraintsBesidesPrimaryKeys(), constraints);
        Set<String> indexes = server.strings(
                db, "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = DATABASE()");
        assertTrue(indexes.containsAll(expected.indexes()), () -> "indexes " + indexes);
        assertEquals(
                expected.indexColumns(),
                expected.ownIndexColumns(server.strings(
                        db,
                        "SELECT CONCAT(index_name, ':', GROUP_CONCAT(column_name ORDER BY seq_in_index SEPARATOR ','))"
                                + " FROM information_schema.statistics WHERE table_schema = DATABASE()"
                                + " GROUP BY table_name, index_name")));

        if (!c.irreversible().isEmpty()) {
            MariaDbServer.Result r = server.run(db, c.irreversibleDown(MYSQL));
            assertNotEquals(0, r.exitCode());
            assertTrue(r.err().contains("irreversible: " + c.migration()), r.err());
            assertEquals(expected.tables(), new TreeSet<>(server.strings(db, TABLES)));
        }

        server.require(db, c.down(MYSQL));
        assertEquals(Set.of(), server.strings(db, TABLES));
    }

    @Test
    void defaultsFillARowWithTheValuesWritten() throws Exception {
        String db = freshDatabase("defaults");
        server.require(db, GoldenCase.load("every-type").ddl(MYSQL));
        server.require(db, "INSERT INTO samples () VALUES ();");
        String[] row = server.require(db, "SELECT id, ref, label, code, raw, fixed_moment, flag, payload FROM samples;")
                .out()
                .strip()
                .split("\t", -1);
        assertTrue(row[0].matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), row[0]);
        assertTrue(row[1].matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), row[1]);
        assertEquals("it's a \\ test; -- not a comment", row[2]);
        assertEquals("x|y", row[3]);
        assertEquals("abc", row[4]);
        assertEquals("2026-01-31 07:30:00.000000", row[5]);
        assertEquals("1", row[6]);
        assertEquals("{\"a\": [1, 2]}", row[7]);
    }

    @Test
    void everyKeywordWorksAsANameOnceQuoted() throws Exception {
        String db = freshDatabase("keywords");
        Set<String> words = new TreeSet<>(HostileWords.all());
        words.addAll(server.strings(null, "SELECT lower(word) FROM information_schema.keywords"));
        words.removeIf(w -> !w.matches("[a-z][a-z0-9_]*"));
        server.require(db, String.join(";\n", HostileWords.statements(MYSQL, words)) + ";");
        assertEquals(words, new TreeSet<>(server.strings(db, TABLES)));
        assertEquals(
                words,
                new TreeSet<>(server.strings(
                        db,
                        "SELECT table_name FROM information_schema.columns"
                                + " WHERE table_schema = DATABASE() AND column_name = table_name")));
        Set<String> indexes = new TreeSet<>(HostileWords.prefixed("idx_", words));
        indexes.add("PRIMARY");
        assertEquals(
                indexes,
                new TreeSet<>(
                        server.strings(
                                db,
                                "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = DATABASE()")));
    }

    private static Set<String> jsonColumns(Schema schema) {
        Set<String> out = new TreeSet<>();
        for (Table t : schema.tables()) {
            for (Column col : t.columns()) {
                if (col.type().kind() == ColumnType.Kind.JSONB) {
                    out.add(col.name());
                }
            }
        }
        return out;
    }

    private static String freshDatabase(String name) throws Exception {
        String db = "ddl_" + name.replace('-', '_');
        server.require(null, "CREATE DATABASE " + db + ";");
        return db;
    }
}
