package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kei-migrate --dir DIR lint}, in-process: exit code, stdout and stderr for each format and bad input. */
class MigrateLintCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run lint(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        String[] all = new String[args.length + 3];
        all[0] = "--dir";
        all[1] = dir.toString();
        all[2] = "lint";
        System.arraycopy(args, 0, all, 3, args.length);
        int code = KeiMigrate.commandLine(console).execute(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    void write(String name, String sql) throws Exception {
        Files.writeString(dir.resolve(name), sql);
    }

    @Test
    void aCleanFolderExitsZero() throws Exception {
        write(
                "20261201100000_init.sql",
                "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n"
                        + "CREATE INDEX idx_users_email ON users (email);\n");
        write("20261201100000_init.down.sql", "DROP TABLE users;\n");
        Run r = lint();
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("Linted 2 file(s): 0 error(s), 0 warning(s).\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void anErrorNamesFileLineRuleLockAndSafeWayAndExitsOne() throws Exception {
        write("20261201100000_idx.sql", "-- adds an index\n\nCREATE INDEX idx_users_email ON users (email);\n");
        Run r = lint();
        assertEquals(1, r.code());
        String file = dir.resolve("20261201100000_idx.sql").toString();
        assertTrue(
                r.out().startsWith(file + ":1: warning up-without-down: 20261201100000_idx.sql has no down file.\n"),
                r.out());
        assertTrue(
                r.out().contains(file + ":3: error require-concurrent-index: CREATE INDEX on existing table users"),
                r.out());
        assertTrue(r.out().contains("  Lock : SHARE on the table"), r.out());
        assertTrue(r.out().contains("  Safe : CREATE INDEX CONCURRENTLY"), r.out());
        assertTrue(r.out().contains("Linted 1 file(s): 1 error(s), 1 warning(s)."), r.out());
        assertEquals("", r.err());
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        write("20261201100000_col.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        Run r = lint();
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("up-without-down"));
    }

    @Test
    void anAllowWithAReasonSuppressesAndOneWithoutIsItselfAnError() throws Exception {
        write(
                "20261201100000_a.sql",
                "-- kei:allow require-concurrent-index countries holds 200 rows\n"
                        + "CREATE INDEX idx_countries_code ON countries (code);\n");
        write("20261201100000_a.down.sql", "DROP INDEX idx_countries_code;\n");
        assertEquals(0, lint().code());
        write(
                "20261201100000_a.sql",
                "-- kei:allow require-concurrent-index\n" + "CREATE INDEX idx_countries_code ON countries (code);\n");
        Run r = lint();
        assertEquals(1, r.code());
        assertTrue(
                r.out()
                        .contains(":1: error allow-without-reason: -- kei:allow require-concurrent-index gives no"
                                + " reason."),
                r.out());
        assertTrue(r.out().contains(":2: error require-concurrent-index:"), r.out());
    }

    @Test
    void jsonListsEveryFinding() throws Exception {
        write("20261201100000_t.sql", "TRUNCATE users CASCADE;\n");
        Run r = lint("--format", "json");
        assertEquals(1, r.code());
        JsonNode doc = Json.parse(r.out());
        assertEquals(1, doc.get("files").asInt());
        assertEquals(1, doc.get("errors").asInt());
        assertEquals(1, doc.get("warnings").asInt());
        JsonNode f = doc.get("findings").get(0);
        assertEquals("truncate-cascade", f.get("rule").asText());
        assertEquals("error", f.get("level").asText());
        assertEquals(1, f.get("line").asInt());
        assertTrue(f.get("lock").asText().startsWith("ACCESS EXCLUSIVE"));
        assertTrue(f.has("safe") && f.has("message") && f.has("file"));
    }

    @Test
    void sarifHasTheShapeCodeScanningReads() throws Exception {
        write("20261201100000_t.sql", "SELECT 1;\nALTER TABLE users RENAME TO accounts;\n");
        write("20261201100000_t.down.sql", "ALTER TABLE accounts RENAME TO users;\n");
        Run r = lint("--format", "sarif", "20261201100000_t.sql");
        assertEquals(1, r.code());
        JsonNode doc = Json.parse(r.out());
        assertEquals("2.1.0", doc.get("version").asText());
        JsonNode run = doc.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertTrue(rules.size() >= 14);
        assertTrue(rules.findValuesAsText("id").contains("renaming-table-or-column"));
        JsonNode result = run.get("results").get(0);
        assertEquals("renaming-table-or-column", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertTrue(location.get("artifactLocation").get("uri").asText().endsWith("20261201100000_t.sql"));
        assertEquals(2, location.get("region").get("startLine").asInt());
        assertTrue(result.get("message").get("text").asText().startsWith("Renaming table users"));
    }

    @Test
    void aNamedFileIsJudgedAfterTheOlderFilesOfTheFolder() throws Exception {
        write("20261201100000_init.sql", "CREATE TABLE users (id bigint PRIMARY KEY, bio varchar(100));\n");
        write("20261201100000_init.down.sql", "DROP TABLE users;\n");
        write("20261202100000_widen.sql", "ALTER TABLE users ALTER COLUMN bio TYPE text;\n");
        write("20261202100000_widen.down.sql", "ALTER TABLE users ALTER COLUMN bio TYPE varchar(100);\n");
        Run r = lint("20261202100000_widen.sql");
        assertEquals(0, r.code(), r.out());
        assertEquals("Linted 1 file(s): 0 error(s), 0 warning(s).\n", r.out());
    }

    @Test
    void aMissingFileIsBadInput() {
        Run r = lint("20261201100000_nope.sql");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Migration file 20261201100000_nope.sql does not exist"), r.err());
    }

    @Test
    void anUnknownFormatIsBadInput() {
        Run r = lint("--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("xml"), r.err());
    }

    @Test
    void aBadlyNamedFileInTheFolderIsBadInput() throws Exception {
        write("add_index.sql", "SELECT 1;\n");
        Run r = lint();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("does not follow the naming convention"), r.err());
    }
}
