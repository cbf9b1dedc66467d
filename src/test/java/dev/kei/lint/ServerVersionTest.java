package dev.kei.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules that depend on the server's version, judged as on an older server than the embedded PostgreSQL 15 the
 * other tests run (no PostgreSQL 10 or 11 can run here, so the catalogue is a fixed one: a version and one table).
 */
class ServerVersionTest {
    /** A catalogue that knows one big table, {@code users}, on a server of {@code version}. */
    static Catalog server(int version) {
        return new Catalog() {
            @Override
            public Optional<TableSize> table(String table) {
                return table.equals("users")
                        ? Optional.of(new TableSize(2_000_000, 400L << 20, "fixed"))
                        : Optional.empty();
            }

            @Override
            public int serverVersion() {
                return version;
            }

            @Override
            public boolean connected() {
                return true;
            }
        };
    }

    static List<String> rules(Catalog catalog, String sql) {
        return new Linter(catalog, Thresholds.defaults())
                .lint(LintFile.of(Path.of("1.sql"), "1.sql", sql, true, true)).stream()
                        .map(Finding::rule)
                        .toList();
    }

    static final String NOT_NULL_WITH_CHECK = "-- kei:no-transaction\n"
            + "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
            + "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
            + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n";

    @Test
    void setNotNullAfterAValidatedCheckScansBeforePostgres12() {
        assertEquals(List.of(), rules(server(120000), NOT_NULL_WITH_CHECK));
        assertEquals(List.of("set-not-null-needs-check"), rules(server(110009), NOT_NULL_WITH_CHECK));
    }

    @Test
    void aConstantDefaultRewritesBeforePostgres11() {
        String add = "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';\n";
        assertEquals(List.of(), rules(server(110000), add));
        assertEquals(List.of("volatile-default"), rules(server(100023), add));
        assertEquals(List.of(), rules(server(100023), "ALTER TABLE users ADD COLUMN nickname text DEFAULT NULL;\n"));
    }

    @Test
    void withoutADatabaseTheServerIsAssumedToBeTwelveOrNewer() {
        assertEquals(List.of(), rules(Catalog.none(), NOT_NULL_WITH_CHECK));
        assertEquals("15.4", Catalog.versionName(150004));
        assertEquals("9.6.24", Catalog.versionName(90624));
    }

    @Test
    void aTableSizeDecidesTheLevelAndTheFindingCarriesItsBandAndLock() {
        List<Finding> big = new Linter(server(150000), Thresholds.defaults())
                .lint(LintFile.of(Path.of("1.sql"), "1.sql", "CREATE INDEX i ON users (email);", true, true));
        assertEquals(1, big.size());
        Impact impact = big.get(0).impact().orElseThrow();
        assertEquals(Band.ONLINE, impact.band());
        assertEquals(Optional.of(2_000_000L), impact.rows());
        assertTrue(impact.lock().orElseThrow().toSeconds() >= 1, impact.describe());
        assertTrue(
                impact.describe().startsWith("users: ~2,000,000 rows (online band; fixed), lock held ~"),
                impact.describe());
        // an unknown table (not in the database) is assumed large: the rule keeps its level
        List<Finding> unknown = new Linter(server(150000), Thresholds.defaults())
                .lint(LintFile.of(Path.of("1.sql"), "1.sql", "CREATE INDEX i ON orders (user_id);", true, true));
        assertEquals(Level.ERROR, unknown.get(0).level());
        assertEquals(Optional.empty(), unknown.get(0).impact().orElseThrow().rows());
        // the thresholds move the levels: two million rows under the error threshold are a warning
        List<Finding> warned = new Linter(server(150000), new Thresholds(1000, 5_000_000))
                .lint(LintFile.of(Path.of("1.sql"), "1.sql", "CREATE INDEX i ON users (email);", true, true));
        assertEquals(Level.WARNING, warned.get(0).level());
        List<Finding> passed = new Linter(server(150000), new Thresholds(3_000_000, 5_000_000))
                .lint(LintFile.of(Path.of("1.sql"), "1.sql", "CREATE INDEX i ON users (email);", true, true));
        assertEquals(List.of(), passed);
    }
}
