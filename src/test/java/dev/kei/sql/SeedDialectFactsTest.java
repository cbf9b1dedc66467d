package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.db.Database;
import dev.kei.db.Dialect;
import dev.kei.db.MySqlDialect;
import dev.kei.db.PostgresDialect;
import dev.kei.db.SqliteDialect;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The facts each dialect gives seed files: literals of row data, quoting, identity statements and cycles. */
class SeedDialectFactsTest {
    private final Dialect pg = new PostgresDialect();
    private final Dialect mysql = new MySqlDialect();
    private final Dialect sqlite = new SqliteDialect();

    @Test
    void stringsDoubleTheirQuotesAndBackslashesWhereABackslashCouldEscape() {
        // PostgreSQL: an escape string, which reads the same whatever standard_conforming_strings says
        assertEquals("E'O''Brien \\\\ Zoë'", pg.stringLiteral("O'Brien \\ Zoë"));
        assertEquals("'O''Brien \\\\ Zoë'", mysql.stringLiteral("O'Brien \\ Zoë"));
        assertEquals("'O''Brien \\ Zoë'", sqlite.stringLiteral("O'Brien \\ Zoë"));
    }

    @Test
    void storedBooleansAreKeywordsInPostgresAndIntegersElsewhere() {
        assertEquals(
                List.of("true", "1", "1"),
                List.of(
                        pg.storedBooleanLiteral(true),
                        mysql.storedBooleanLiteral(true),
                        sqlite.storedBooleanLiteral(true)));
        assertEquals(
                List.of("false", "0", "0"),
                List.of(
                        pg.storedBooleanLiteral(false),
                        mysql.storedBooleanLiteral(false),
                        sqlite.storedBooleanLiteral(false)));
        assertEquals("TRUE", mysql.booleanLiteral(true), "a MySQL DEFAULT keeps the keyword");
    }

    @Test
    void bytesAreHex() {
        byte[] kei = {0x6b, 0x65, 0x69};
        assertEquals("E'\\\\x6b6569'", pg.bytesLiteral(kei));
        assertEquals("X'6b6569'", mysql.bytesLiteral(kei));
        assertEquals("X''", sqlite.bytesLiteral(new byte[0]));
    }

    @Test
    void timestampsAreUtc() {
        Instant t = Instant.parse("2026-11-21T10:00:00Z");
        assertEquals("'2026-11-21 10:00:00+00'", pg.timestampLiteral(t));
        assertEquals("'2026-11-21 10:00:00'", mysql.timestampLiteral(t));
        assertEquals("'2026-11-21 10:00:00'", sqlite.timestampLiteral(t));
        assertEquals("'0005-01-02 03:04:05'", sqlite.timestampLiteral(Instant.parse("0005-01-02T03:04:05Z")));
    }

    @Test
    void datesUuidsJsonAndNumbersAreTheSameEverywhere() {
        UUID id = UUID.fromString("e6ffa3be-0000-4000-8000-000000000001");
        for (Dialect d : Database.dialects()) {
            assertEquals("'2026-01-02'", d.dateLiteral(LocalDate.of(2026, 1, 2)));
            assertEquals("'e6ffa3be-0000-4000-8000-000000000001'", d.uuidLiteral(id));
            assertEquals("'{\"a\": \"it''s\"}'", d.jsonLiteral("{\"a\": \"it's\"}"));
            assertEquals("-42", d.integerLiteral(-42));
            assertEquals("10000000.50", d.decimalLiteral(new BigDecimal("1.000000050E+7")));
        }
    }

    @Test
    void keywordsAreQuotedInEachDatabasesStyle() {
        assertEquals("\"user\"", pg.quote("user"));
        assertEquals("`order`", mysql.quote("order"));
        assertEquals("\"order\"", sqlite.quote("order"));
        assertEquals("books", pg.quote("books"));
    }

    @Test
    void onlyPostgresOverridesAndMovesItsIdentities() {
        assertEquals("OVERRIDING SYSTEM VALUE", pg.identityOverride());
        assertEquals("", mysql.identityOverride());
        assertEquals("", sqlite.identityOverride());
        assertEquals(
                List.of("SELECT setval(pg_get_serial_sequence('\"user\"', 'id'), (SELECT max(id) FROM \"user\"))"),
                pg.afterExplicitIdentities("user", "id"));
        assertTrue(mysql.afterExplicitIdentities("users", "id").isEmpty());
        assertTrue(sqlite.afterExplicitIdentities("users", "id").isEmpty());
    }

    @Test
    void cyclesGetPastForeignKeysEachDatabasesWay() {
        assertTrue(pg.cycleInsert().oneStatement());
        assertFalse(sqlite.cycleInsert().oneStatement());
        assertEquals(
                List.of("SAVEPOINT kei_seed_cycle", "PRAGMA defer_foreign_keys = ON"),
                sqlite.cycleInsert().before());
        assertEquals(List.of("RELEASE kei_seed_cycle"), sqlite.cycleInsert().after());
        assertEquals(
                List.of("SET foreign_key_checks = @kei_foreign_key_checks"),
                mysql.cycleInsert().after());
    }
}
