package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.SqliteDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed loads into SQLite with {@code PRAGMA foreign_keys = ON}: statement by statement in autocommit (as
 * {@code sqlite3 .read} runs a file), and inside a transaction the runner opened, where the cycle's savepoint nests.
 */
@Tag("slow")
class SeedSqliteTest {

    static Stream<Arguments> cases() {
        return Stream.of(SeedSchemas.values())
                .flatMap(s -> Stream.of(SeedKind.values()).map(k -> Arguments.of(s, k)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void seedLoadsWithForeignKeysOn(SeedSchemas s, SeedKind kind) throws Exception {
        Schema schema = s.schema();
        try (Connection c = database(schema)) {
            run(c, SeedTestDdl.statements(SeedRenderer.render(schema, kind, new SqliteDialect())));
            assertLoaded(c, schema, kind);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cycles")
    void aCycleLoadsInsideTheRunnersTransaction(SeedSchemas s) throws Exception {
        Schema schema = s.schema();
        try (Connection c = database(schema)) {
            c.setAutoCommit(false);
            run(c, SeedTestDdl.statements(SeedRenderer.render(schema, SeedKind.RICH, new SqliteDialect())));
            c.commit();
            c.setAutoCommit(true);
            assertLoaded(c, schema, SeedKind.RICH);
        }
    }

    static Stream<SeedSchemas> cycles() {
        return Stream.of(SeedSchemas.LEAGUE, SeedSchemas.EDGES);
    }

    @Test
    void withoutDeferringTheCycleIsRefused() throws Exception {
        Schema schema = SeedSchemas.LEAGUE.schema();
        List<String> statements =
                SeedTestDdl.statements(SeedRenderer.render(schema, SeedKind.SMOKE, new SqliteDialect()));
        List<String> undeferred =
                statements.stream().filter(sql -> !sql.startsWith("PRAGMA")).toList();
        assertEquals(statements.size() - 1, undeferred.size());
        try (Connection c = database(schema)) {
            SQLException e = assertThrows(SQLException.class, () -> run(c, undeferred));
            assertTrue(e.getMessage().contains("FOREIGN KEY constraint failed"), e.getMessage());
        }
    }

    private static Connection database(Schema schema) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        run(c, List.of("PRAGMA foreign_keys = ON"));
        run(c, SeedTestDdl.sqlite(schema));
        return c;
    }

    private static void assertLoaded(Connection c, Schema schema, SeedKind kind) throws SQLException {
        for (SeedRows t : SeedGenerator.generate(schema, kind)) {
            assertEquals(t.rows().size(), count(c, new SqliteDialect().quote(t.table())), t.table());
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA foreign_key_check")) {
            assertFalse(r.next(), "a row references a missing parent");
        }
    }

    private static void run(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    String shown = sql.length() > 400 ? sql.substring(0, 400) + " ..." : sql;
                    throw new SQLException(e.getMessage() + "\n  Statement: " + shown, e.getSQLState(), e);
                }
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
