package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each dialect's literals, quoting and identity statements. */
class SeedDialectTest {
    private final SeedDialect pg = new PostgresSeedDialect();
    private final SeedDialect mysql = new MySqlSeedDialect();
    private final SeedDialect sqlite = new SqliteSeedDialect();

    @Test
    void stringsDoubleTheirQuotesAndMySqlAlsoItsBackslashes() {
        assertEquals("'O''Brien \\ Zoë'", pg.text("O'Brien \\ Zoë"));
        assertEquals("'O''Brien \\\\ Zoë'", mysql.text("O'Brien \\ Zoë"));
        assertEquals("'O''Brien \\ Zoë'", sqlite.text("O'Brien \\ Zoë"));
    }

    @Test
    void booleansAreKeywordsInPostgresAndIntegersElsewhere() {
        assertEquals(List.of("true", "1", "1"), List.of(pg.bool(true), mysql.bool(true), sqlite.bool(true)));
        assertEquals(List.of("false", "0", "0"), List.of(pg.bool(false), mysql.bool(false), sqlite.bool(false)));
    }

    @Test
    void bytesAreHex() {
        byte[] kei = {0x6b, 0x65, 0x69};
        assertEquals("'\\x6b6569'", pg.bytes(kei));
        assertEquals("X'6b6569'", mysql.bytes(kei));
        assertEquals("X''", sqlite.bytes(new byte[0]));
    }

    @Test
    void timestampsAreUtc() {
        Instant t = Instant.parse("2026-11-21T10:00:00Z");
        assertEquals("'2026-11-21 10:00:00+00'", pg.timestamp(t));
        assertEquals("'2026-11-21 10:00:00'", mysql.timestamp(t));
        assertEquals("'2026-11-21 10:00:00'", sqlite.timestamp(t));
    }

    @Test
    void keywordsAreQuotedInEachDatabasesStyle() {
        assertEquals("\"user\"", pg.identifier("user"));
        assertEquals("`order`", mysql.identifier("order"));
        assertEquals("\"order\"", sqlite.identifier("order"));
        assertEquals("books", pg.identifier("books"));
    }

    @Test
    void onlyPostgresOverridesAndMovesItsIdentities() {
        assertEquals("OVERRIDING SYSTEM VALUE", pg.identityOverride());
        assertEquals("", mysql.identityOverride());
        assertEquals(
                List.of("SELECT setval(pg_get_serial_sequence('\"user\"', 'id'), (SELECT max(id) FROM \"user\"))"),
                pg.afterExplicitIdentities("user", "id"));
        assertTrue(mysql.afterExplicitIdentities("users", "id").isEmpty());
        assertTrue(sqlite.afterExplicitIdentities("users", "id").isEmpty());
    }

    @Test
    void cyclesGetPastForeignKeysEachDatabasesWay() {
        assertTrue(pg.insertsCycleInOneStatement());
        assertEquals(List.of("SAVEPOINT kei_seed_cycle", "PRAGMA defer_foreign_keys = ON"), sqlite.beforeCycle());
        assertEquals(List.of("RELEASE kei_seed_cycle"), sqlite.afterCycle());
        assertEquals(
                "SET foreign_key_checks = @kei_foreign_key_checks",
                mysql.afterCycle().get(0));
    }
}
