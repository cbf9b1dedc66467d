package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code up 0} is refused as {@code down 0} is (a count of nothing is a mistake, not "all"), and a pending file older
 * than the newest applied one is refused unless {@code --out-of-order}, as Flyway does, instead of being applied
 * silently out of order.
 */
class UpOrderAndCountTest {
    @TempDir
    Path work;

    String url() {
        return "sqlite:" + work.resolve("app.db");
    }

    void file(String name, String sql) throws Exception {
        Files.createDirectories(work.resolve("m"));
        Files.writeString(work.resolve("m").resolve(name), sql);
    }

    MigrateJvm.Run migrate(String... args) {
        List<String> all = new ArrayList<>(
                List.of("--database-url", url(), "--dir", work.resolve("m").toString()));
        all.addAll(List.of(args));
        return MigrateJvm.inProcess(all.toArray(String[]::new));
    }

    List<String> versions() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:" + url());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM kei_schema_history ORDER BY version")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void upZeroIsRefusedAsDownZeroIs() throws Exception {
        file("20260101000001_a.sql", "CREATE TABLE a (id integer PRIMARY KEY);\n");

        MigrateJvm.Run up = migrate("up", "0");

        assertEquals(2, up.exit(), up.toString());
        assertTrue(up.err().contains("up N takes a count of at least 1"), up.err());
        assertEquals(List.of(), versionsOrEmpty(), "nothing applied");
        assertEquals(2, migrate("down", "0").exit());
    }

    @Test
    void aPendingFileOlderThanTheNewestAppliedIsRefusedUnlessOutOfOrder() throws Exception {
        file("20260101000001_a.sql", "CREATE TABLE a (id integer PRIMARY KEY);\n");
        file("20260101000003_c.sql", "CREATE TABLE c (id integer PRIMARY KEY);\n");
        assertEquals(0, migrate("up").exit());
        file("20260101000002_b.sql", "CREATE TABLE b (id integer PRIMARY KEY);\n"); // a branch merged late

        MigrateJvm.Run up = migrate("up");
        MigrateJvm.Run dry = migrate("up", "--dry-run");

        assertEquals(2, up.exit(), up.toString());
        assertTrue(up.err().contains("20260101000002_b is older than 20260101000003"), up.err());
        assertTrue(up.err().contains("up --out-of-order"), up.err());
        assertEquals(2, dry.exit(), dry.toString());
        assertEquals(List.of("20260101000001", "20260101000003"), versions());

        MigrateJvm.Run allowed = migrate("up", "--out-of-order");

        assertEquals(0, allowed.exit(), allowed.toString());
        assertEquals(List.of("20260101000001", "20260101000002", "20260101000003"), versions());
    }

    List<String> versionsOrEmpty() {
        try {
            return versions();
        } catch (Exception e) {
            return List.of();
        }
    }
}
