package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kei.db.CycleInsert;
import dev.kei.db.PostgresDialect;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed loads into a real PostgreSQL with every constraint enforced, statement by statement in autocommit (as
 * psql runs a file without --single-transaction, the harder case): identity keys GENERATED ALWAYS, deferred foreign
 * keys NOT DEFERRABLE.
 */
@Tag("slow")
@PostgresTest
class SeedPostgresTest {
    private PostgresDatabases databases;

    @BeforeEach
    void databases(PostgresDatabases databases) {
        this.databases = databases;
    }

    static Stream<Arguments> cases() {
        return Stream.of(SeedSchemas.values())
                .flatMap(s -> Stream.of(SeedKind.values()).map(k -> Arguments.of(s, k)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void seedLoadsWithEveryConstraintEnforced(SeedSchemas s, SeedKind kind) throws Exception {
        Schema schema = s.schema();
        String script = SeedRenderer.render(schema, kind, new PostgresDialect());
        try (Connection c = freshDatabase()) {
            run(c, SeedTestDdl.postgres(schema));
            run(c, SeedTestDdl.statements(script));
            for (SeedRows t : SeedGenerator.generate(schema, kind)) {
                String table = new PostgresDialect().quote(t.table());
                assertEquals(t.rows().size(), number(c, "SELECT count(*) FROM " + table), t.table());
                if (t.identityKey().isPresent() && !t.rows().isEmpty()) {
                    // setval moved the identity on: the application's next row gets the next id, not 1
                    long next = number(c, "SELECT nextval(pg_get_serial_sequence('" + table + "', 'id'))");
                    assertEquals(t.rows().size() + 1L, next, t.table());
                }
            }
        }
    }

    @Test
    void aCycleInsertedBySeparateStatementsIsRefused() throws Exception {
        Schema schema = SeedSchemas.LEAGUE.schema();
        // PostgreSQL's literals, but the cycle's tables inserted one statement each: what the one-statement CTE avoids
        CycleInsert separately = CycleInsert.between(List.of(), List.of(), "separately");
        String script = SeedRenderer.render(schema, SeedKind.SMOKE, new PostgresDialect(), separately);
        try (Connection c = freshDatabase()) {
            run(c, SeedTestDdl.postgres(schema));
            SQLException e = assertThrows(SQLException.class, () -> run(c, SeedTestDdl.statements(script)));
            assertEquals("23503", e.getSQLState(), e.getMessage()); // foreign_key_violation
        }
    }

    private Connection freshDatabase() throws SQLException {
        return databases.create().connect();
    }

    private static void run(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            for (String sql : statements) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  Statement: " + abbreviated(sql), e.getSQLState(), e);
                }
            }
        }
    }

    private static long number(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String abbreviated(String sql) {
        return sql.length() > 400 ? sql.substring(0, 400) + " ..." : sql;
    }
}
