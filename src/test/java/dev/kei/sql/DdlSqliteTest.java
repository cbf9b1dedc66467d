package dev.kei.sql;

import static dev.kei.sql.Jdbc.apply;
import static dev.kei.sql.Jdbc.strings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Dialect;
import dev.kei.db.SqliteDialect;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden DDL applies on a real SQLite with foreign keys enforced and every index over its columns in the designed
 * order; an irreversible down aborts before it drops
 * anything; the down file then returns the database to empty. A fresh in-memory database per case.
 */
@Tag("slow")
class DdlSqliteTest {
    static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final Dialect SQLITE = new SqliteDialect();
    private static final String TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'";
    private static final String INDEX_COLUMNS = "SELECT m.name || ':' || (SELECT group_concat(c.name, ',') FROM"
            + " (SELECT name FROM pragma_index_info(m.name) ORDER BY seqno) c)"
            + " FROM sqlite_master m WHERE m.type = 'index'";

    static List<String> cases() {
        return GoldenCase.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upCreatesEveryNameIrreversibleDownAbortsDownLeavesNothing(String name) throws Exception {
        GoldenCase c = GoldenCase.load(name);
        SchemaNames expected = SchemaNames.of(c.schema());
        try (Connection db = freshDatabase()) {
            apply(db, c.ddl(SQLITE));
            assertEquals(expected.tables(), strings(db, TABLES));
            assertEquals(
                    expected.indexes(),
                    strings(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
            assertEquals(expected.indexColumns(), expected.ownIndexColumns(strings(db, INDEX_COLUMNS)));
            assertEquals(Set.of(), strings(db, "SELECT \"table\" FROM pragma_foreign_key_check"));

            if (!c.irreversible().isEmpty()) {
                SQLException e = assertThrows(SQLException.class, () -> apply(db, c.irreversibleDown(SQLITE)));
                assertTrue(e.getMessage().contains("irreversible: " + c.migration()), e.getMessage());
                assertEquals(expected.tables(), strings(db, TABLES));
            }

            apply(db, c.down(SQLITE));
            assertEquals(Set.of(), strings(db, "SELECT name FROM sqlite_master"));
        }
    }

    @Test
    void defaultsFillARowWithTheValuesWritten() throws Exception {
        try (Connection db = freshDatabase()) {
            apply(db, GoldenCase.load("every-type").ddl(SQLITE));
            apply(db, "INSERT INTO samples DEFAULT VALUES");
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT id, ref, label, code, raw, fixed_moment, flag, created_at FROM samples")) {
                r.next();
                assertTrue(r.getString(1).matches(UUID_V4), r.getString(1));
                assertTrue(r.getString(2).matches(UUID_V4), r.getString(2));
                assertEquals("it's a \\ test; -- not a comment", r.getString(3));
                assertEquals("x|y", r.getString(4));
                assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), r.getBytes(5));
                assertEquals("2026-01-31 07:30:00", r.getString(6));
                assertEquals(1, r.getInt(7));
                assertTrue(r.getString(8).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), r.getString(8));
            }
        }
    }

    @Test
    void randomUuidsAreDistinctVersion4() throws Exception {
        try (Connection db = freshDatabase()) {
            apply(db, "CREATE TABLE t (n integer, u text NOT NULL DEFAULT " + SQLITE.randomUuid() + ")");
            apply(
                    db,
                    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 2000)"
                            + " INSERT INTO t (n) SELECT n FROM c");
            Set<String> uuids = strings(db, "SELECT u FROM t");
            assertEquals(2000, uuids.size());
            assertTrue(uuids.stream().allMatch(u -> u.matches(UUID_V4)));
        }
    }

    @Test
    void everyKeywordWorksAsANameOnceQuoted() throws Exception {
        try (Connection db = freshDatabase()) {
            Set<String> words = HostileWords.all();
            Jdbc.tryAndRollBack(db, HostileWords.statements(SQLITE, words), () -> {
                assertEquals(words, strings(db, TABLES));
                assertEquals(
                        words,
                        strings(
                                db,
                                "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c"
                                        + " WHERE m.type = 'table' AND c.name = m.name AND c.pk = 1"));
                assertEquals(
                        HostileWords.prefixed("idx_", words),
                        strings(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
            });
            assertEquals(Set.of(), strings(db, "SELECT name FROM sqlite_master"));
        }
    }

    private static Connection freshDatabase() throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
        }
        return db;
    }
}
