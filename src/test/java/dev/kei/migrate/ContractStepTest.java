package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, contract steps (contracts section 11): a file marked {@code -- kei:contract} before its first statement
 * is held back by {@code up}, with every pending file after it, until {@code up --contract}; {@code status} lists
 * it as waiting for --contract; dry runs, {@code up N}, {@code --out-of-order} and {@code down} agree. On SQLite,
 * in-process: exit code, stdout and stderr.
 */
class ContractStepTest {
    static final String USERS = "20260101000001_users";
    static final String EXPAND = "20260101000002_add_display";
    static final String CONTRACT = "20260101000003_drop_name";
    static final String ORDERS = "20260101000004_orders";

    @TempDir
    Path work;

    String url() {
        return "sqlite:" + work.resolve("app.db");
    }

    String dir() {
        return work.resolve("m").toString();
    }

    void file(String name, String sql) throws Exception {
        Files.createDirectories(work.resolve("m"));
        Files.writeString(work.resolve("m").resolve(name), sql);
    }

    /** users, an expand step, its contract step (dropping the old column) and a file after it. */
    void expandAndContract() throws Exception {
        file(USERS + ".sql", "CREATE TABLE users (id integer PRIMARY KEY, name text);\n");
        file(USERS + ".down.sql", "DROP TABLE users;\n");
        file(EXPAND + ".sql", "ALTER TABLE users ADD COLUMN display text;\n");
        file(EXPAND + ".down.sql", "ALTER TABLE users DROP COLUMN display;\n");
        file(
                CONTRACT + ".sql",
                "-- kei:contract: the application reads display now\nALTER TABLE users DROP COLUMN name;\n");
        file(CONTRACT + ".down.sql", "ALTER TABLE users ADD COLUMN name text;\n");
        file(ORDERS + ".sql", "CREATE TABLE orders (id integer PRIMARY KEY);\n");
        file(ORDERS + ".down.sql", "DROP TABLE orders;\n");
    }

    MigrateJvm.Run migrate(String... args) {
        List<String> all = new ArrayList<>(List.of("--database-url", url(), "--dir", dir()));
        all.addAll(List.of(args));
        return MigrateJvm.inProcess(all.toArray(String[]::new));
    }

    List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:" + url());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    List<String> versions() throws Exception {
        return strings("SELECT version FROM kei_schema_history ORDER BY version");
    }

    List<String> columns() throws Exception {
        return strings("SELECT name FROM pragma_table_info('users') ORDER BY cid");
    }

    String heldBackNotice(String... held) {
        StringBuilder s = new StringBuilder("Contract step " + CONTRACT + " was held back");
        int after = held.length - 1;
        s.append(after == 0 ? "" : ", with " + after + " migration" + (after == 1 ? "" : "s") + " after it")
                .append(": up applies a contract step only with --contract.\n");
        for (int i = 0; i < held.length; i++) {
            s.append(i == 0 ? "  Held back : " : "              ")
                    .append(held[i])
                    .append(held[i].equals(CONTRACT) ? "  (contract step)" : "")
                    .append('\n');
        }
        return s.append("Once the application has moved to the new shape, run: kei-migrate --database-url"
                        + " \"$DATABASE_URL\" --dir " + dir() + " up --contract\n")
                .toString();
    }

    @Test
    void upHoldsBackTheContractStepAndEveryFileAfterItAndSaysHowToApplyThem() throws Exception {
        expandAndContract();

        MigrateJvm.Run up = migrate("up");

        assertEquals(0, up.exit(), up.toString());
        assertEquals("", up.out());
        assertTrue(up.err().endsWith(heldBackNotice(CONTRACT, ORDERS)), up.err());
        assertTrue(up.err().contains("Applied 2 migrations in "), up.err());
        assertEquals(List.of("20260101000001", "20260101000002"), versions());
        assertEquals(List.of("id", "name", "display"), columns(), "the contract step did not run");
        assertEquals(List.of(), strings("SELECT name FROM sqlite_master WHERE name = 'orders'"), "nor what follows");

        MigrateJvm.Run again = migrate("up");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.err().contains("Applied 0 migrations in "), again.err());
        assertTrue(again.err().endsWith(heldBackNotice(CONTRACT, ORDERS)), again.err());
    }

    @Test
    void upContractAppliesTheStepAndTheFilesAfterIt() throws Exception {
        expandAndContract();
        assertEquals(0, migrate("up").exit());

        MigrateJvm.Run up = migrate("up", "--contract");

        assertEquals(0, up.exit(), up.toString());
        assertFalse(up.err().contains("held back"), up.err());
        assertTrue(up.err().contains("Applied 2 migrations in "), up.err());
        assertEquals(List.of("20260101000001", "20260101000002", "20260101000003", "20260101000004"), versions());
        assertEquals(List.of("id", "display"), columns());
    }

    @Test
    void statusListsTheStepAsWaitingForContractAndCountsItOnlyWhenThereIsOne() throws Exception {
        expandAndContract();
        assertEquals(0, migrate("up").exit());

        MigrateJvm.Run status = migrate("status");

        assertEquals(0, status.exit(), status.toString());
        assertEquals("", status.err());
        List<String> lines = status.out().lines().toList();
        assertEquals(5, lines.size(), status.out());
        assertTrue(lines.get(0).startsWith("applied  " + USERS + "  "), lines.get(0));
        assertTrue(lines.get(1).startsWith("applied  " + EXPAND + "  "), lines.get(1));
        assertEquals("waiting  " + CONTRACT + "  (contract step: waiting for --contract)", lines.get(2));
        assertEquals("pending  " + ORDERS + "  (held back behind contract step " + CONTRACT + ")", lines.get(3));
        assertTrue(
                lines.get(4)
                        .startsWith("2 applied, 1 pending, 0 failed, 0 drifted, 0 missing, 1 waiting for --contract ("),
                lines.get(4));

        assertEquals(0, migrate("up", "--contract").exit());
        String after = migrate("status").out();
        assertFalse(after.contains("waiting") || after.contains("held back"), after);
        assertTrue(after.contains("4 applied, 0 pending, 0 failed, 0 drifted, 0 missing ("), after);
    }

    @Test
    void statusJsonNamesTheStateWaitingForContract() throws Exception {
        expandAndContract();
        assertEquals(0, migrate("up").exit());

        MigrateJvm.Run status = migrate("status", "--json");

        assertEquals(0, status.exit(), status.toString());
        JsonNode m = Json.MAPPER.readTree(status.out()).get("migrations");
        assertEquals("applied", m.get(1).get("state").asText());
        assertFalse(
                m.get(1).has("contract_step") || m.get(1).has("held_back_by"),
                m.get(1).toString());
        assertEquals(
                "{\"contract_step\":true,\"name\":\"drop_name\",\"state\":\"waiting_for_contract\","
                        + "\"version\":\"20260101000003\"}",
                m.get(2).toString());
        assertEquals(
                "{\"held_back_by\":\"" + CONTRACT + "\",\"name\":\"orders\",\"state\":\"pending\","
                        + "\"version\":\"20260101000004\"}",
                m.get(3).toString());

        assertEquals(0, migrate("up", "--contract").exit());
        JsonNode applied = Json.MAPPER
                .readTree(migrate("status", "--json").out())
                .get("migrations")
                .get(2);
        assertEquals("applied", applied.get("state").asText());
        assertTrue(applied.get("contract_step").asBoolean(), applied.toString());
    }

    @Test
    void dryRunShowsWhatIsHeldBackAndChangesNothing() throws Exception {
        expandAndContract();

        MigrateJvm.Run dry = migrate("up", "--dry-run");

        assertEquals(0, dry.exit(), dry.toString());
        assertTrue(dry.out().startsWith("Dry run: nothing is executed. 2 migration(s) would be applied.\n"), dry.out());
        assertTrue(
                dry.out()
                        .endsWith("\nHeld back until up --contract: 2 migration(s).\n" + CONTRACT
                                + ".sql  (contract step)\n" + ORDERS + ".sql\n"),
                dry.out());
        assertEquals(heldBackNotice(CONTRACT, ORDERS), dry.err());
        assertEquals(List.of(), strings("SELECT name FROM sqlite_master WHERE name = 'kei_schema_history'"));

        MigrateJvm.Run all = migrate("up", "--dry-run", "--contract");

        assertEquals(0, all.exit(), all.toString());
        assertEquals("", all.err());
        assertTrue(all.out().startsWith("Dry run: nothing is executed. 4 migration(s) would be applied.\n"), all.out());
        assertTrue(
                all.out()
                        .contains("\n" + CONTRACT + ".sql  (one transaction, with its history row)  (contract step)\n"),
                all.out());
        assertFalse(all.out().contains("Held back"), all.out());
    }

    @Test
    void upNCountsOnlyWhatRunsAndSaysNothingWhenItStopsBeforeTheStep() throws Exception {
        expandAndContract();

        MigrateJvm.Run one = migrate("up", "1");
        assertEquals(0, one.exit(), one.toString());
        assertFalse(one.err().contains("held back"), one.err());
        assertEquals(List.of("20260101000001"), versions());

        MigrateJvm.Run three = migrate("up", "3");
        assertEquals(0, three.exit(), three.toString());
        assertTrue(three.err().endsWith(heldBackNotice(CONTRACT, ORDERS)), three.err());
        assertEquals(List.of("20260101000001", "20260101000002"), versions());

        MigrateJvm.Run step = migrate("up", "1", "--contract");
        assertEquals(0, step.exit(), step.toString());
        assertEquals(List.of("20260101000001", "20260101000002", "20260101000003"), versions());
        assertTrue(migrate("status").out().contains("pending  " + ORDERS + "\n"), "no longer held back");
    }

    @Test
    void aLateContractStepNeedsOutOfOrderAsAnyLateFileAndStillWaitsForContract() throws Exception {
        file(USERS + ".sql", "CREATE TABLE users (id integer PRIMARY KEY, name text);\n");
        file(ORDERS + ".sql", "CREATE TABLE orders (id integer PRIMARY KEY);\n");
        assertEquals(0, migrate("up").exit());
        file(CONTRACT + ".sql", "-- KEI:CONTRACT\nALTER TABLE users DROP COLUMN name;\n"); // a branch merged late

        MigrateJvm.Run plain = migrate("up");
        assertEquals(2, plain.exit(), plain.toString());
        assertTrue(plain.err().contains(CONTRACT + " is older than 20260101000004"), plain.err());

        MigrateJvm.Run late = migrate("up", "--out-of-order");
        assertEquals(0, late.exit(), late.toString());
        assertTrue(late.err().endsWith(heldBackNotice(CONTRACT)), late.err());
        assertEquals(List.of("20260101000001", "20260101000004"), versions());

        MigrateJvm.Run both = migrate("up", "--out-of-order", "--contract");
        assertEquals(0, both.exit(), both.toString());
        assertEquals(List.of("20260101000001", "20260101000003", "20260101000004"), versions());
    }

    @Test
    void downRevertsAnAppliedContractStepAsAnyFileAndItWaitsAgain() throws Exception {
        expandAndContract();
        assertEquals(0, migrate("up", "--contract").exit());

        MigrateJvm.Run down = migrate("down", "2");

        assertEquals(0, down.exit(), down.toString());
        assertTrue(down.err().contains("Reverted 2 migrations in "), down.err());
        assertEquals(List.of("20260101000001", "20260101000002"), versions());
        assertEquals(List.of("id", "display", "name"), columns());
        assertTrue(
                migrate("status").out().contains("waiting  " + CONTRACT + "  (contract step: waiting for --contract)"));
    }

    @Test
    void aContractStepThatFailedPartWayResumesOnlyWithContract() throws Exception {
        file(USERS + ".sql", "CREATE TABLE users (id integer PRIMARY KEY, name text);\n");
        String contract = "-- kei:no-transaction\n-- kei:contract\nCREATE TABLE archive (name text);\n";
        file(CONTRACT + ".sql", contract + "INSERT INTO missing VALUES (1);\n");
        file(ORDERS + ".sql", "CREATE TABLE orders (id integer PRIMARY KEY);\n");
        assertEquals(1, migrate("up", "--contract").exit());
        file(CONTRACT + ".sql", contract + "ALTER TABLE users DROP COLUMN name;\n");

        MigrateJvm.Run plain = migrate("up");
        assertEquals(0, plain.exit(), plain.toString());
        assertTrue(plain.err().endsWith(heldBackNotice(CONTRACT, ORDERS)), plain.err());
        assertTrue(
                migrate("status")
                        .out()
                        .contains("failed   " + CONTRACT + "  (stopped after unit 1; up --contract resumes it)"),
                migrate("status").out());
        assertEquals(List.of("id", "name"), columns());

        MigrateJvm.Run resumed = migrate("up", "--contract");
        assertEquals(0, resumed.exit(), resumed.toString());
        assertEquals(List.of("id"), columns());
        assertEquals(List.of("20260101000001", "20260101000003", "20260101000004"), versions());
    }

    private static boolean contract(String sql) {
        return ContractStep.marks(sql, ScriptSplitter.split(sql));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-- kei:contract\nALTER TABLE users DROP COLUMN name;\n",
                "-- KEI:Contract\nALTER TABLE users DROP COLUMN name;\n",
                "--kei:contract\nALTER TABLE users DROP COLUMN name;\n",
                "  -- kei:contract drops users.name\r\nALTER TABLE users DROP COLUMN name;\r\n",
                "-- kei:no-transaction\n-- kei:contract\nDROP INDEX CONCURRENTLY idx_users_name;\n",
                "\n-- expand/contract, step 3 of 3\n\n-- kei:contract\nALTER TABLE users DROP COLUMN name;\n",
                "-- kei:contract\n"
            })
    void theMarkerOnALineBeforeTheFirstStatementInAnyCaseMakesAContractStep(String sql) {
        assertTrue(contract(sql), sql);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ALTER TABLE users DROP COLUMN name;\n",
                "ALTER TABLE users DROP COLUMN name;\n-- kei:contract\n",
                "ALTER TABLE users DROP COLUMN name; -- kei:contract\n",
                "-- kei:contractual\nALTER TABLE users DROP COLUMN name;\n",
                "-- this is not kei:contract\nALTER TABLE users DROP COLUMN name;\n",
                "INSERT INTO notes VALUES ('\n-- kei:contract\n');\n"
            })
    void theMarkerAfterAStatementOrInsideOneIsNone(String sql) {
        assertFalse(contract(sql), sql);
    }
}
