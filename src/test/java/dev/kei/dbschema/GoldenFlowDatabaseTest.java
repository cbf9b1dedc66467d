package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden artifact set is real SQL: on PostgreSQL (one embedded server, a fresh database per case) and on
 * SQLite, the up file applies, the seed inserts without a foreign-key error, and the down file returns the
 * database to empty; a down with an IRREVERSIBLE guard fails instead, and, PostgreSQL's DDL being transactional,
 * leaves every table in place.
 */
@Tag("slow")
class GoldenFlowDatabaseTest {
    static EmbeddedPostgres postgres;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    static Stream<String> postgresCases() throws IOException {
        return GoldenFlowTest.cases().filter(c -> c.contains("-postgresql-"));
    }

    static Stream<String> sqliteCases() throws IOException {
        return GoldenFlowTest.cases().filter(c -> c.contains("-sqlite-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("postgresCases")
    void appliesSeedsAndRevertsOnPostgres(String name) throws Exception {
        String db = name.replace('-', '_');
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        try (Connection c = postgres.getDatabase("postgres", db).getConnection()) {
            c.setAutoCommit(false);
            check(name, c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sqliteCases")
    void appliesSeedsAndRevertsOnSqlite(String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("db.sqlite"))) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            c.setAutoCommit(false);
            check(name, c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        }
    }

    /** up, seed, down, each in its own transaction as kei-migrate runs them. */
    private static void check(String name, Connection c, String tablesQuery) throws Exception {
        Path files = GoldenFlowTest.ROOT.resolve(name).resolve("files");
        Path up = only(files.resolve("migrations"), ".sql", ".down.sql");
        Path down = only(files.resolve("migrations"), ".down.sql", null);
        run(c, Files.readString(up));
        int tables = tables(c, tablesQuery).size();
        assertTrue(tables > 0, name);
        try (Stream<Path> seeds = Files.list(files.resolve("db/seed"))) {
            for (Path seed : seeds.toList()) {
                run(c, Files.readString(seed));
            }
        }
        String downSql = Files.readString(down);
        if (downSql.contains("-- IRREVERSIBLE")) {
            assertThrows(SQLException.class, () -> run(c, downSql), name + ": the irreversible down must fail");
            if (name.contains("-postgresql-")) {
                assertEquals(tables, tables(c, tablesQuery).size(), name + ": a failed down must leave every table");
            }
            return;
        }
        run(c, downSql);
        assertEquals(List.of(), tables(c, tablesQuery), name + ": the down must leave the database empty");
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            // PostgreSQL's driver runs a whole script in execute(); SQLite's runs all statements in executeUpdate()
            if (c.getMetaData().getDatabaseProductName().equals("SQLite")) {
                s.executeUpdate(sql);
            } else {
                s.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static List<String> tables(Connection c, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        c.commit();
        return out;
    }

    private static Path only(Path dir, String suffix, String notSuffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> matching = files.filter(p -> p.toString().endsWith(suffix))
                    .filter(p -> notSuffix == null || !p.toString().endsWith(notSuffix))
                    .toList();
            assertEquals(1, matching.size(), dir + ": " + matching);
            return matching.get(0);
        }
    }
}
