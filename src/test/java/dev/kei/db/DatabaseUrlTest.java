package dev.kei.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                "postgres://u:hunter2@h/db?=x",
                "jdbc:postgresql://h/db?user=u&password=hunter2%zz",
                "jdbc:postgresql://h/db?user=u&password=hunter2%",
                "jdbc:postgresql://h/db?user=u&password=%zzhunter2",
                "postgres://u:hunter2%zz@h/db",
                "postgres://u:hunter2@h/db?password=hunter2%zz",
                "postgres://u:hunter2@h/d%zzb",
                "postgres://u@h/db&password=hunter2",
                "jdbc:postgresql://h/db&password=hunter2",
                "postgres:///u:hunter2@h/db"
            })
    void aBadUrlIsRefusedWithoutRepeatingIt(String url) {
        DatabaseUrl.InvalidUrlException e =
                assertThrows(DatabaseUrl.InvalidUrlException.class, () -> DatabaseUrl.parse(url));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:postgresql://h/db?user=u&password=Qj%zz",
                "jdbc:postgresql://h/db?user=u&password=Qj%z",
                "jdbc:postgresql://h/db?password=Qj%&user=u",
                "postgres://u:Qj%zz@h/db",
                "postgres://u@h/db?password=Qj%zz"
            })
    void aStrayPercentInThePasswordIsAnInvalidUrlThatShowsNoneOfIt(String url) {
        DatabaseUrl.InvalidUrlException e =
                assertThrows(DatabaseUrl.InvalidUrlException.class, () -> DatabaseUrl.parse(url));
        for (String fragment : new String[] {"Qj", "j%", "%z", "zz"}) {
            assertFalse(e.getMessage().contains(fragment), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "postgres://u:p@localhost:99999/db",
                "postgres://u:p@localhost:65536/db",
                "postgres://u:p@localhost:0/db",
                "postgresql://localhost:123456789012/db",
                "jdbc:postgresql://h:99999/db",
                "jdbc:postgresql://h:0/db",
                "jdbc:postgresql://h:port/db",
                "jdbc:postgresql://h1:5432,h2:70000/db",
                "jdbc:postgresql://[::1]:99999/db"
            })
    void aPortOutOfRangeIsAnInvalidUrl(String url) {
        DatabaseUrl.InvalidUrlException e =
                assertThrows(DatabaseUrl.InvalidUrlException.class, () -> DatabaseUrl.parse(url));
        assertTrue(e.getMessage().contains("port"), e.getMessage());
    }

    @Test
    void validPortsAndHostListsStillRead() throws Exception {
        assertEquals(
                "jdbc:postgresql://h:65535/db",
                DatabaseUrl.parse("postgres://h:65535/db").jdbcUrl());
        assertEquals(
                "jdbc:postgresql://h1:1,h2:5432/db",
                DatabaseUrl.parse("jdbc:postgresql://h1:1,h2:5432/db").jdbcUrl());
        assertEquals(
                "jdbc:postgresql://[::1]:5740/db",
                DatabaseUrl.parse("jdbc:postgresql://[::1]:5740/db").jdbcUrl());
        assertEquals(
                "jdbc:postgresql:db", DatabaseUrl.parse("jdbc:postgresql:db").jdbcUrl());
        assertEquals(
                "jdbc:postgresql://h/",
                DatabaseUrl.parse("jdbc:postgresql://h/").jdbcUrl());
        assertEquals(
                "a%b", DatabaseUrl.parse("postgres://u:a%25b@h/db").properties().getProperty("password"));
    }

    @Test
    void anyUrlIsReadOrRefusedAsAUrlProblemAndNeverShowsItsPassword() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261201L);
        String password = "ZQXJKWV"; // the other parts use no capital letters: any two of these in a row are its
        String alphabet = "abcz09_-.:@/?&=%[]+ ";
        String[] heads = {"postgres://", "postgresql://", "jdbc:postgresql:", "jdbc:postgresql://"};
        for (int i = 0; i < 2000; i++) {
            // the password where people put it (before the host, or as a parameter), noise everywhere
            StringBuilder url = new StringBuilder(heads[random.nextInt(heads.length)]);
            if (random.nextBoolean()) {
                url.append(noise(random, alphabet)).append(":").append(password).append("@");
            }
            url.append(noise(random, alphabet)).append(noise(random, alphabet));
            if (random.nextBoolean()) {
                url.append("?")
                        .append(noise(random, alphabet))
                        .append("&password=")
                        .append(password);
            }
            url.append(noise(random, alphabet));
            try {
                DatabaseUrl u = DatabaseUrl.parse(url.toString());
                String read = u.properties().getProperty("password");
                if (read != null && read.length() >= 2) { // a database or host may hold the letters: not a password
                    String shown = u.shown() + " " + u + " " + u.jdbcUrl();
                    assertFalse(shown.contains(read), "case " + i + ": " + shown);
                }
            } catch (DatabaseUrl.InvalidUrlException e) {
                for (int k = 0; k + 2 <= password.length(); k++) {
                    String piece = password.substring(k, k + 2);
                    assertFalse(e.getMessage().contains(piece), "case " + i + ": " + e.getMessage());
                }
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " threw " + e.getClass().getSimpleName(), e);
            }
        }
    }

    private static String noise(java.util.SplittableRandom random, String alphabet) {
        StringBuilder out = new StringBuilder();
        for (int c = random.nextInt(8); c > 0; c--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
