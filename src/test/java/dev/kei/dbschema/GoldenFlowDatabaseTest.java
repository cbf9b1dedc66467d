package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.sql.MariaDbServer;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden artifact set is real SQL: on PostgreSQL (the JVM's shared embedded server, a fresh database per case), on
 * SQLite and on MySQL's dialect through a throwaway MariaDB (skipped, with the install command, where MariaDB
 * is not installed), the up file applies, the seed inserts without a foreign-key error, and the down file returns the
 * database to empty; a down with an IRREVERSIBLE guard fails instead, and, PostgreSQL's DDL being transactional,
 * leaves every table in place.
 */
@Tag("slow")
@PostgresTest
class GoldenFlowDatabaseTest {
    static MariaDbServer mariadb;

    @TempDir
    Path temp;

    @AfterAll
    static void stop() throws Exception {
        if (mariadb != null) {
            mariadb.close();
        }
    }

    static Stream<String> postgresCases() throws IOException {
        return migrated().filter(c -> c.contains("-postgresql-"));
    }

    static Stream<String> mysqlCases() throws IOException {
        return migrated().filter(c -> c.contains("-mysql-"));
    }

    @Tag("mariadb")
    @ParameterizedTest(name = "{0}")
    @MethodSource("mysqlCases")
    void appliesSeedsAndRevertsOnMariaDb(String name) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                MariaDbServer.installed(), "MariaDB is not installed: apt-get install -y mariadb-server");
        if (mariadb == null) {
            mariadb = MariaDbServer.start();
        }
        String db = name.replace('-', '_');
        mariadb.require(null, "CREATE DATABASE " + db);
        String tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
        Path files = GoldenFlowTest.ROOT.resolve(name).resolve("files");
        mariadb.require(db, Files.readString(only(files.resolve("migrations"), ".sql", ".down.sql")));
        int count = mariadb.strings(db, tables).size();
        try (Stream<Path> seeds = Files.list(files.resolve("db/seed"))) {
            for (Path seed : seeds.toList()) {
                mariadb.require(db, Files.readString(seed));
            }
        }
        String down = Files.readString(only(files.resolve("migrations"), ".down.sql", null));
        if (down.contains("-- IRREVERSIBLE")) {
            assertTrue(mariadb.run(db, down).exitCode() != 0, name + ": the irreversible down must fail");
            assertEquals(count, mariadb.strings(db, tables).size(), name + ": the abort comes before any drop");
            return;
        }
        mariadb.require(db, down);
        assertEquals(java.util.Set.of(), mariadb.strings(db, tables), name);
    }

    static Stream<String> sqliteCases() throws IOException {
        return migrated().filter(c -> c.contains("-sqlite-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("postgresCases")
    void appliesSeedsAndRevertsOnPostgres(String name, PostgresDatabases databases) throws Exception {
        try (Connection c = databases.create().connect()) {
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

    /** The cases with a migration pair: with Prisma, Prisma's migrate writes them, and kei none. */
    static Stream<String> migrated() throws java.io.IOException {
        return GoldenFlowTest.cases()
                .filter(c -> Files.isDirectory(GoldenFlowTest.ROOT.resolve(c).resolve("files/migrations")));
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
