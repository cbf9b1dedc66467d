package dev.kei.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {
    @Test
    void readsPostgresUrlsWithCredentialsApart() throws Exception {
        DatabaseUrl u = DatabaseUrl.parse("postgres://app:s%3Ecret%40x@db.example:6543/shop?sslmode=require");
        assertEquals(Database.POSTGRESQL, u.database());
        assertEquals("jdbc:postgresql://db.example:6543/shop", u.jdbcUrl());
        assertEquals("app", u.properties().getProperty("user"));
        assertEquals("s>cret@x", u.properties().getProperty("password"));
        assertEquals("require", u.properties().getProperty("sslmode"));
        assertEquals("postgresql://app@db.example:6543/shop", u.shown());
        assertEquals("failed for *** here", u.scrub("failed for s>cret@x here"));
    }

    @Test
    void readsTheOtherForms() throws Exception {
        assertEquals(
                "jdbc:postgresql://localhost:5432/x",
                DatabaseUrl.parse("postgresql://localhost/x").jdbcUrl());
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://h:5/d?user=u&password=pw");
        assertEquals("jdbc:postgresql://h:5/d", jdbc.jdbcUrl());
        assertFalse(jdbc.shown().contains("pw"));
        assertEquals("jdbc:sqlite:app.db", DatabaseUrl.parse("sqlite:app.db").jdbcUrl());
        assertEquals(
                "jdbc:sqlite:/tmp/a.db",
                DatabaseUrl.parse("jdbc:sqlite:/tmp/a.db").jdbcUrl());
        assertEquals(Database.SQLITE, DatabaseUrl.parse("sqlite:app.db").database());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "mysql://root:hunter2@h/db",
                "hunter2",
                "sqlite:",
                "postgres://u:hunter2@h:port/db",
                "jdbc:postgresql://u:hunter2@h/db",
                "postgres://u:hunter2@h/db?=x"
            })
    void aBadUrlIsRefusedWithoutRepeatingIt(String url) {
        DatabaseUrl.InvalidUrlException e =
                assertThrows(DatabaseUrl.InvalidUrlException.class, () -> DatabaseUrl.parse(url));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }
}
