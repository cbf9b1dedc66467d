package dev.kei.sql;

import static dev.kei.sql.Jdbc.apply;
import static dev.kei.sql.Jdbc.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Dialect;
import dev.kei.db.PostgresDialect;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden DDL applies on a real PostgreSQL 16 with every name kept as written and every index over its columns in
 * the designed order; an irreversible down aborts
 * before it drops anything; the down file then returns the database to empty. The JVM's shared server, a fresh
 * database per case; each file runs in one transaction, as kei-migrate runs it.
 */
@Tag("slow")
@PostgresTest
class DdlPostgresTest {
    private static final Dialect PG = new PostgresDialect();
    private static final String TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'";
    private static final String INDEX_COLUMNS = "SELECT i.relname || ':' || string_agg(a.attname, ',' ORDER BY k.n)"
            + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
            + " JOIN pg_namespace ns ON ns.oid = i.relnamespace"
            + " CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)"
            + " JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum"
            + " WHERE ns.nspname = 'public' GROUP BY i.relname";
    private PostgresDatabases databases;

    @BeforeEach
    void databases(PostgresDatabases databases) {
        this.databases = databases;
    }

    static List<String> cases() {
        return GoldenCase.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upCreatesEveryNameIrreversibleDownAbortsDownLeavesNothing(String name) throws Exception {
        GoldenCase c = GoldenCase.load(name);
        SchemaNames expected = SchemaNames.of(c.schema());
        try (Connection db = freshDatabase()) {
            apply(db, c.ddl(PG));
            assertEquals(expected.tables(), strings(db, TABLES));
            assertEquals(
                    expected.constraints(),
                    strings(
                            db,
                            "SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                                    + " WHERE n.nspname = 'public'"));
            Set<String> indexes = strings(db, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'");
            assertTrue(indexes.containsAll(expected.indexes()), () -> "indexes " + indexes);
            assertEquals(expected.indexColumns(), expected.ownIndexColumns(strings(db, INDEX_COLUMNS)));

            if (!c.irreversible().isEmpty()) {
                SQLException e = assertThrows(SQLException.class, () -> apply(db, c.irreversibleDown(PG)));
                assertTrue(e.getMessage().contains("irreversible: " + c.migration()), e.getMessage());
                assertEquals(expected.tables(), strings(db, TABLES));
            }

            apply(db, c.down(PG));
            assertEquals(
                    Set.of(),
                    strings(
                            db,
                            "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                    + " WHERE n.nspname = 'public'"));
        }
    }

    @Test
    void defaultsFillARowWithTheValuesWritten() throws Exception {
        try (Connection db = freshDatabase()) {
            apply(db, GoldenCase.load("every-type").ddl(PG));
            apply(db, "INSERT INTO samples DEFAULT VALUES");
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT id::text, ref::text, label, code, encode(raw, 'escape'),"
                            + " fixed_moment = timestamptz '2026-01-31 07:30:00Z', payload ->> 'a' FROM samples")) {
                r.next();
                assertTrue(r.getString(1).matches(DdlSqliteTest.UUID_V4), r.getString(1));
                assertTrue(r.getString(2).matches(DdlSqliteTest.UUID_V4), r.getString(2));
                assertEquals("it's a \\ test; -- not a comment", r.getString(3));
                assertEquals("x|y", r.getString(4));
                assertEquals("abc", r.getString(5));
                assertTrue(r.getBoolean(6));
                assertEquals("[1, 2]", r.getString(7));
            }
        }
    }

    /** A server with standard_conforming_strings off reads a backslash as an escape; kei's literals must not care. */
    @Test
    void aBackslashInADefaultMeansTheSameWithStandardConformingStringsOff() throws Exception {
        try (Connection db = freshDatabase()) {
            apply(db, "SET standard_conforming_strings = off");
            apply(db, GoldenCase.load("every-type").ddl(PG));
            apply(db, "INSERT INTO samples DEFAULT VALUES");
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT label, encode(raw, 'escape') FROM samples")) {
                r.next();
                assertEquals("it's a \\ test; -- not a comment", r.getString(1));
                assertEquals("abc", r.getString(2));
            }
        }
    }

    @Test
    void everyKeywordWorksAsANameOnceQuoted() throws Exception {
        try (Connection db = freshDatabase()) {
            Set<String> words = new TreeSet<>(HostileWords.all());
            // unreserved keywords are plain names by definition; every other category is tried
            words.addAll(strings(db, "SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'"));
            words.removeIf(w -> !w.matches("[a-z][a-z0-9_]*"));
            // one round trip: the words are many and the check is the parser's, not the planner's
            Jdbc.tryAndRollBack(db, List.of(String.join(";\n", HostileWords.statements(PG, words))), () -> {
                assertEquals(words, strings(db, TABLES));
                assertEquals(
                        words,
                        strings(
                                db,
                                "SELECT table_name FROM information_schema.columns"
                                        + " WHERE table_schema = 'public' AND column_name = table_name"));
                Set<String> indexes = new TreeSet<>(HostileWords.prefixed("idx_", words));
                indexes.addAll(HostileWords.prefixed("pk_", words));
                assertEquals(indexes, strings(db, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"));
            });
            assertEquals(Set.of(), strings(db, TABLES));
        }
    }

    @Test
    void reservedWordsAreExactlyThoseTheServerReserves() throws Exception {
        try (Connection db = freshDatabase()) {
            assertEquals(
                    strings(db, "SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')"),
                    new TreeSet<>(PG.reservedWords()));
        }
    }

    private Connection freshDatabase() throws SQLException {
        return databases.create().connect();
    }
}
