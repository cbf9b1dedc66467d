package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, contract steps on a real PostgreSQL: a plain {@code up} leaves the old column (and the file after the
 * step) alone and says so; {@code up --contract} drops it, with a statement-by-statement contract step too; and
 * {@code verify}, on its throwaway database, rehearses contract steps with the rest.
 */
@PostgresTest
class ContractStepOnPostgresTest {
    @TempDir
    Path work;

    PostgresDatabases.Database db;

    @BeforeEach
    void database(PostgresDatabases databases) throws Exception {
        db = databases.create();
    }

    void file(String name, String sql) throws Exception {
        Files.createDirectories(work.resolve("m"));
        Files.writeString(work.resolve("m").resolve(name), sql);
    }

    MigrateJvm.Run migrate(String... args) {
        List<String> all = new ArrayList<>(
                List.of("--database-url", db.url(), "--dir", work.resolve("m").toString()));
        all.addAll(List.of(args));
        return MigrateJvm.inProcess(all.toArray(String[]::new));
    }

    List<String> columns() throws Exception {
        return db.strings("SELECT column_name FROM information_schema.columns WHERE table_name = 'users'"
                + " ORDER BY ordinal_position");
    }

    void expandAndContract() throws Exception {
        file("20260101000001_users.sql", "CREATE TABLE users (id integer PRIMARY KEY, name text);\n");
        file("20260101000001_users.down.sql", "DROP TABLE users;\n");
        file(
                "20260101000002_add_display.sql",
                "ALTER TABLE users ADD COLUMN display text;\n" + "CREATE INDEX idx_users_name ON users (name);\n");
        file(
                "20260101000002_add_display.down.sql",
                "DROP INDEX idx_users_name;\nALTER TABLE users DROP COLUMN display;\n");
        file(
                "20260101000003_drop_name.sql",
                "-- kei:no-transaction\n-- kei:contract: the application reads display since release 42\n"
                        + "DROP INDEX CONCURRENTLY idx_users_name;\n"
                        + "ALTER TABLE users DROP COLUMN name;\n");
        file(
                "20260101000003_drop_name.down.sql",
                "ALTER TABLE users ADD COLUMN name text;\nCREATE INDEX idx_users_name ON users (name);\n");
        file("20260101000004_orders.sql", "CREATE TABLE orders (id integer PRIMARY KEY);\n");
        file("20260101000004_orders.down.sql", "DROP TABLE orders;\n");
    }

    @Test
    void aContractStepIsHeldBackUntilContractOnPostgres() throws Exception {
        expandAndContract();

        MigrateJvm.Run up = migrate("up");

        assertEquals(0, up.exit(), up.toString());
        assertTrue(
                up.err().contains("Contract step 20260101000003_drop_name was held back, with 1 migration after it"),
                up.err());
        assertTrue(up.err().trim().endsWith(" up --contract"), up.err());
        assertEquals(List.of("id", "name", "display"), columns());
        assertEquals(
                List.of("20260101000001", "20260101000002"),
                db.strings("SELECT version FROM kei_schema_history ORDER BY version"));
        String status = migrate("status").out();
        assertTrue(
                status.contains("waiting  20260101000003_drop_name  (contract step: waiting for --contract)\n"),
                status);
        assertTrue(status.contains(", 1 waiting for --contract ("), status);

        MigrateJvm.Run contract = migrate("up", "--contract");

        assertEquals(0, contract.exit(), contract.toString());
        assertFalse(contract.err().contains("held back"), contract.err());
        assertEquals(List.of("id", "display"), columns());
        assertEquals(List.of(), db.strings("SELECT indexname FROM pg_indexes WHERE indexname = 'idx_users_name'"));
        assertEquals(List.of("orders"), db.strings("SELECT tablename FROM pg_tables WHERE tablename = 'orders'"));

        MigrateJvm.Run down = migrate("down", "2");
        assertEquals(0, down.exit(), down.toString());
        assertEquals(List.of("id", "display", "name"), columns());
    }

    @Test
    void verifyRehearsesContractStepsWithTheRest() throws Exception {
        expandAndContract();

        MigrateJvm.Run verify = MigrateJvm.inProcess("--dir", work.resolve("m").toString(), "verify");

        assertEquals(0, verify.exit(), verify.toString());
        assertFalse(verify.err().contains("held back"), verify.err());
    }
}
