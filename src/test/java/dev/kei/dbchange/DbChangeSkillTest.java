package dev.kei.dbchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The db-change skill end to end in step mode (one process per call, as an assistant drives it): from the questions
 * and from a plan, to verified migration pairs, the docs/migrations record and db/schema.sql rewritten; a data loss
 * waits for its confirmation, a bad change line is refused at the question with the state unchanged, and the same
 * answers and clock give the same bytes.
 */
class DbChangeSkillTest {
    static final String CLOCK = "2027-01-01T09:00:00Z";

    @TempDir
    Path work;

    private Path project(String name) throws Exception {
        Path out = work.resolve(name);
        Files.createDirectories(out.resolve("db"));
        Files.writeString(
                out.resolve("db/schema.sql"), Files.readString(Path.of("src/test/resources/change/schemas/uuid.sql")));
        return out;
    }

    private static JsonNode envelope(CliRun run) throws Exception {
        return Json.MAPPER.readTree(run.out());
    }

    private static JsonNode answer(Path out, String json) throws Exception {
        CliRun run =
                CliRun.of("answer", "--state", out.resolve(".kei/state.json").toString(), "--json", json);
        assertEquals(0, run.exitCode(), run.toString());
        return envelope(run);
    }

    /** Answers the asks in order, each {@code id -> value}, checking each ask is the one expected. */
    private static JsonNode drive(Path out, JsonNode first, List<String[]> answers) throws Exception {
        JsonNode e = first;
        for (String[] a : answers) {
            assertEquals("ask", e.path("type").asText(), e.toString());
            assertEquals(a[0], e.path("ids").path(0).asText(), e.toString());
            e = answer(out, Json.MAPPER.writeValueAsString(Map.of("answers", Map.of(a[0], a[1]))));
        }
        return e;
    }

    private CliRun start(Path out, String... how) {
        String[] args = Stream.concat(
                        Stream.of("next", "db-change", "--out", out.toString(), "--clock", CLOCK), Stream.of(how))
                .toArray(String[]::new);
        return CliRun.of(args);
    }

    @Test
    void questionsToVerifiedMigrationsTheRecordAndTheSchema() throws Exception {
        Path out = project("q");
        CliRun first = start(out, "--intake", "users need a nickname");
        assertEquals(0, first.exitCode(), first.toString());
        JsonNode done = drive(
                out,
                envelope(first),
                List.of(
                        new String[] {"source", "db/schema.sql"},
                        new String[] {"kind", "Add"},
                        new String[] {"object", "Column"},
                        new String[] {"table", "users"},
                        new String[] {"details", "add column users.nickname text"},
                        new String[] {"review", "Write them"},
                        new String[] {"apply", "Not now"}));
        assertEquals("done", done.path("type").asText(), done.toString());
        assertTrue(Files.exists(out.resolve("migrations/20270101090000_add_users_nickname.sql")));
        assertTrue(Files.exists(out.resolve("migrations/20270101090000_add_users_nickname.down.sql")));
        String record = Files.readString(out.resolve("docs/migrations/20270101090000_add_users_nickname.md"));
        assertTrue(record.contains("## Rollback Plan") && record.contains("## Testing Performed"), record);
        assertTrue(record.contains("down: the catalogue and every row are the current schema's again"), record);
        assertTrue(record.contains("rows: 20 generated in each of 3 table(s)"), record);
        String schema = Files.readString(out.resolve("db/schema.sql"));
        assertTrue(schema.contains("nickname text"), schema);
        assertTrue(done.path("next_steps").asText().contains("kei-migrate"), done.toString());
    }

    @Test
    void aPlanAnswersPhaseTwoAndADataLossWaitsForItsConfirmation() throws Exception {
        Path out = project("p");
        Path plan = work.resolve("plan.yaml");
        Files.writeString(
                plan,
                "migration_type: modify_existing\ntable_name: users\nchanges:\n  drop_columns:\n"
                        + "    - display_name\n");
        CliRun first = start(out, "--plan", plan.toString());
        assertEquals(0, first.exitCode(), first.toString());
        JsonNode confirm = drive(out, envelope(first), List.<String[]>of(new String[] {"source", "db/schema.sql"}));
        assertEquals("loss_ok", confirm.path("ids").path(0).asText(), confirm.toString());
        assertTrue(confirm.toString().contains("remove column users.display_name"), confirm.toString());
        JsonNode done = drive(
                out,
                confirm,
                List.of(
                        new String[] {"loss_ok", "Yes, delete it"},
                        new String[] {"review", "Write them"},
                        new String[] {"apply", "Not now"}));
        assertEquals("done", done.path("type").asText(), done.toString());
        String up = Files.readString(out.resolve("migrations/20270101090000_drop_users_display_name.sql"));
        assertTrue(up.contains("-- kei:contract"), up);
        assertFalse(Files.readString(out.resolve("db/schema.sql")).contains("display_name text"));
    }

    @Test
    void keepingTheDataWritesNothing() throws Exception {
        Path out = project("k");
        CliRun first = start(out, "--intake", "drop a column");
        JsonNode done = drive(
                out,
                envelope(first),
                List.of(
                        new String[] {"source", "db/schema.sql"},
                        new String[] {"kind", "Remove"},
                        new String[] {"object", "Column"},
                        new String[] {"table", "users"},
                        new String[] {"details", "drop column users.display_name"},
                        new String[] {"loss_ok", "Keep the data"},
                        new String[] {"review", "Cancel"}));
        assertEquals("done", done.path("type").asText(), done.toString());
        assertFalse(Files.exists(out.resolve("migrations")));
    }

    @Test
    void aChangeLineTheSchemaContradictsIsRefusedAtTheQuestion() throws Exception {
        Path out = project("bad");
        CliRun first = start(out, "--intake", "x");
        JsonNode details = drive(
                out,
                envelope(first),
                List.of(
                        new String[] {"source", "db/schema.sql"},
                        new String[] {"kind", "Add"},
                        new String[] {"object", "Column"},
                        new String[] {"table", "users"}));
        Path state = out.resolve(".kei/state.json");
        String before = Files.readString(state);
        CliRun bad = CliRun.of(
                "answer",
                "--state",
                state.toString(),
                "--json",
                "{\"answers\":{\"details\":\"add column userz.nickname text\"}}");
        assertEquals(2, bad.exitCode(), bad.toString());
        assertTrue(bad.out().contains("INVALID_ANSWER") && bad.out().contains("users"), bad.toString());
        assertEquals(before, Files.readString(state));
        assertEquals("details", details.path("ids").path(0).asText());
    }

    @Test
    void theSameAnswersAndClockGiveTheSameBytes() throws Exception {
        Map<String, String> one = null;
        for (String name : List.of("a", "b")) {
            Path out = project(name);
            CliRun first = start(out, "--intake", "same");
            drive(
                    out,
                    envelope(first),
                    List.of(
                            new String[] {"source", "db/schema.sql"},
                            new String[] {"kind", "Add"},
                            new String[] {"object", "Index"},
                            new String[] {"table", "posts"},
                            new String[] {"details", "add index posts (title)"},
                            new String[] {"review", "Write them"},
                            new String[] {"apply", "Not now"}));
            Map<String, String> files = new TreeMap<>();
            for (String dir : List.of("migrations", "docs/migrations", "db")) {
                try (Stream<Path> list = Files.list(out.resolve(dir))) {
                    for (Path p : list.toList()) {
                        files.put(out.relativize(p).toString(), Files.readString(p));
                    }
                }
            }
            if (one == null) {
                one = files;
            } else {
                assertEquals(one, files);
            }
        }
    }

    @Test
    void aNarrowingTypeChangeIsADataLossAndWaitsForItsConfirmation() throws Exception {
        Path out = project("n");
        CliRun first = start(out, "--intake", "shorter titles");
        JsonNode confirm = drive(
                out,
                envelope(first),
                List.of(
                        new String[] {"source", "db/schema.sql"},
                        new String[] {"kind", "Modify"},
                        new String[] {"table", "posts"},
                        new String[] {"details", "change column posts.title type varchar(50)"}));
        assertEquals("loss_ok", confirm.path("ids").path(0).asText(), confirm.toString());
        JsonNode widen = drive(out, confirm, List.<String[]>of(new String[] {"loss_ok", "Keep the data"}));
        assertEquals("review", widen.path("ids").path(0).asText(), widen.toString());
    }

    @Test
    void aBadPlanIsRefusedNamingItsLineWithTheStateUnchanged() throws Exception {
        Path out = project("badplan");
        Path plan = work.resolve("bad.yaml");
        Files.writeString(
                plan,
                "migration_type: modify_existing\ntable_name: users\nchanges:\n  drop_colums:\n"
                        + "    - display_name\n");
        CliRun first = start(out, "--plan", plan.toString());
        assertEquals(0, first.exitCode(), first.toString());
        Path state = out.resolve(".kei/state.json");
        String before = Files.readString(state);
        CliRun refused = CliRun.of(
                "answer", "--state", state.toString(), "--json", "{\"answers\":{\"source\":\"db/schema.sql\"}}");
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(
                refused.out().contains("INVALID_INPUT")
                        && refused.out().contains("bad.yaml:4:")
                        && refused.out().contains("drop_columns"),
                refused.toString());
        assertEquals(before, Files.readString(state));
    }

    @Test
    void theTargetQuestionOffersTheBiggestTablesAndTakesAnyOtherByName() throws Exception {
        Path out = project("t");
        CliRun first = start(out, "--intake", "t");
        JsonNode table = drive(
                out,
                envelope(first),
                List.of(new String[] {"source", "db/schema.sql"}, new String[] {"kind", "Add"}, new String[] {
                    "object", "Index"
                }));
        assertEquals("table", table.path("ids").path(0).asText(), table.toString());
        Path state = out.resolve(".kei/state.json");
        CliRun wrong = CliRun.of("answer", "--state", state.toString(), "--json", "{\"answers\":{\"table\":\"post\"}}");
        assertEquals(2, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.out().contains("posts"), wrong.toString());
        JsonNode details = answer(out, "{\"answers\":{\"table\":\"comments\"}}");
        assertTrue(details.toString().contains("add index comments"), details.toString());
    }
}
