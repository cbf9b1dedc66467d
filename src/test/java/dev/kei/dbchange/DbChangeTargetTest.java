package dev.kei.dbchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db-change {@code --to FILE} end to end (issue 16): a column that is gone with a new one of a compatible type is
 * asked "rename or drop + add?" and never guessed; the answer is recorded like any other, a replay without it stops,
 * a replay with it needs no file; a target that does not apply, is empty or holds what kei cannot make is refused
 * (exit 2, the state unchanged); and an edited db/schema.sql is never read as the current schema too.
 */
class DbChangeTargetTest {
    static final String CLOCK = "2027-01-01T09:00:00Z";
    static final String CURRENT = "CREATE TABLE users (\n  id uuid NOT NULL DEFAULT gen_random_uuid(),\n"
            + "  email text NOT NULL,\n  name text,\n  CONSTRAINT users_pkey PRIMARY KEY (id)\n);\n";
    static final String RENAMED = CURRENT.replace("  name text,", "  full_name text,");

    @TempDir
    Path work;

    private Path project(String name) throws Exception {
        Path out = work.resolve(name);
        Files.createDirectories(out.resolve("db"));
        Files.writeString(out.resolve("db/schema.sql"), CURRENT);
        return out;
    }

    private Path file(String name, String text) throws Exception {
        Path f = work.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static CliRun start(Path out, Path target) {
        return CliRun.of("next", "db-change", "--out", out.toString(), "--clock", CLOCK, "--to", target.toString());
    }

    private static CliRun answer(Path out, String id, String value) throws Exception {
        return CliRun.of(
                "answer",
                "--state",
                out.resolve(".kei/state.json").toString(),
                "--json",
                Json.MAPPER.writeValueAsString(Map.of("answers", Map.of(id, value))));
    }

    private static JsonNode ok(CliRun run) throws Exception {
        assertEquals(0, run.exitCode(), run.toString());
        return Json.MAPPER.readTree(run.out());
    }

    @Test
    void aRenameCandidateIsAskedAndAnsweredRenameIsWrittenAsARename() throws Exception {
        Path out = project("rename");
        JsonNode source = ok(start(out, file("target.sql", RENAMED)));
        assertEquals("source", source.path("ids").path(0).asText(), source.toString());
        JsonNode asked = ok(answer(out, "source", "db/schema.sql"));
        assertEquals("rename_1", asked.path("ids").path(0).asText(), asked.toString());
        JsonNode q = asked.path("payload").path("questions").path(0);
        assertEquals("Rename?", q.path("header").asText());
        assertTrue(
                q.path("question").asText().contains("column name (text) is gone and column full_name"), q.toString());
        assertEquals(
                "Rename (Recommended)", q.path("options").path(0).path("label").asText());
        assertEquals("Drop and add", q.path("options").path(1).path("label").asText());
        JsonNode review = ok(answer(out, "rename_1", "Rename"));
        assertEquals("review", review.path("ids").path(0).asText(), review.toString());
        assertTrue(review.toString().contains("rename column users.name to full_name"), review.toString());
        ok(answer(out, "review", "Write them"));
        JsonNode done = ok(answer(out, "apply", "Not now"));
        assertEquals("done", done.path("type").asText(), done.toString());
        String all = migrations(out).values().stream().reduce("", String::concat);
        assertTrue(all.contains("ADD COLUMN IF NOT EXISTS full_name text"), all);
        assertTrue(all.contains("UPDATE users SET full_name = name"), all);
        assertTrue(Files.readString(out.resolve("db/schema.sql")).contains("full_name text"));
    }

    @Test
    void twoTablesAreAskedInOneCallThenTheRenamedTablesColumns() throws Exception {
        Path out = project("tables");
        String tags = "CREATE TABLE tags (\n  id bigint NOT NULL,\n  label text NOT NULL,\n"
                + "  CONSTRAINT tags_pkey PRIMARY KEY (id)\n);\n";
        Files.writeString(out.resolve("db/schema.sql"), CURRENT + tags);
        String target = RENAMED.replace("TABLE users", "TABLE members") + tags.replace("TABLE tags", "TABLE labels");
        ok(start(out, file("target.sql", target)));
        JsonNode tables = ok(answer(out, "source", "db/schema.sql"));
        assertEquals("[\"rename_1\",\"rename_2\"]", tables.path("ids").toString(), tables.toString());
        assertTrue(tables.toString().contains("Table tags is gone from the target and table labels is new"));
        assertTrue(tables.toString().contains("Table users is gone from the target and table members is new"));
        CliRun both = CliRun.of(
                "answer",
                "--state",
                out.resolve(".kei/state.json").toString(),
                "--json",
                "{\"answers\":{\"rename_1\":\"Rename\",\"rename_2\":\"Rename\"}}");
        JsonNode column = ok(both);
        assertEquals("[\"rename_1\"]", column.path("ids").toString(), column.toString());
        assertTrue(column.toString().contains("In table members, column name (text) is gone"), column.toString());
        JsonNode review = ok(answer(out, "rename_1", "Rename"));
        String summary = review.toString();
        assertTrue(
                summary.contains("rename table tags to labels; rename table users to members; rename column"
                        + " members.name to full_name"),
                summary);
    }

    @Test
    void aKeyAddedOnAColumnWithoutOneVerifiesOnRowsThatSatisfyIt() throws Exception {
        // the verification's generated rows once gave posts.author_id made-up values, so VALIDATE CONSTRAINT failed
        Path out = project("key");
        String posts = "CREATE TABLE posts (\n  id bigint NOT NULL,\n  author_id uuid NOT NULL,\n"
                + "  CONSTRAINT posts_pkey PRIMARY KEY (id)\n);\nCREATE INDEX idx_posts_author_id ON posts (author_id);\n";
        Files.writeString(out.resolve("db/schema.sql"), CURRENT + posts);
        String keyed = posts.replace(
                "  CONSTRAINT posts_pkey PRIMARY KEY (id)\n",
                "  CONSTRAINT posts_pkey PRIMARY KEY (id),\n"
                        + "  CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id)\n");
        ok(start(out, file("target.sql", CURRENT + keyed)));
        JsonNode review = ok(answer(out, "source", "db/schema.sql"));
        assertEquals("review", review.path("ids").path(0).asText(), review.toString());
        ok(answer(out, "review", "Write them"));
        JsonNode done = ok(answer(out, "apply", "Not now"));
        assertEquals("done", done.path("type").asText(), done.toString());
        assertTrue(
                migrations(out).containsKey("20270101090001_validate_posts_author_id_fkey.sql"),
                migrations(out).keySet().toString());
    }

    @Test
    void runOnTheTerminalTakesTheTargetAsItsIntake() throws Exception {
        // the terminal path once read the intake from --plan or --intake only, and asked for an app instead
        Path out = project("terminal");
        CliRun run = CliRun.withInput(
                "1\n1\n1\n1\n",
                "run",
                "db-change",
                "--to",
                file("target.sql", RENAMED).toString(),
                "--out",
                out.toString(),
                "--clock",
                CLOCK);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("[Rename?] In table users, column name (text) is gone"), run.toString());
        assertTrue(Files.exists(out.resolve("migrations/20270101090000_expand_users_name.sql")), run.toString());
        CliRun both = CliRun.of("run", "db-change", "--to", "a.sql", "--plan", "b.yaml", "--out", out.toString());
        assertEquals(2, both.exitCode(), both.toString());
        assertTrue(both.err().contains("--plan and --to are two ways to say the change"), both.toString());
    }

    @Test
    void dropAndAddGoesThroughTheDataLossConfirmation() throws Exception {
        Path out = project("drop-add");
        ok(start(out, file("target.sql", RENAMED)));
        ok(answer(out, "source", "db/schema.sql"));
        JsonNode loss = ok(answer(out, "rename_1", "Drop and add"));
        assertEquals("loss_ok", loss.path("ids").path(0).asText(), loss.toString());
        assertTrue(loss.toString().contains("remove column users.name"), loss.toString());
        ok(answer(out, "loss_ok", "Keep the data"));
        JsonNode done = ok(answer(out, "review", "Write them"));
        assertEquals("done", done.path("type").asText(), done.toString());
        assertFalse(Files.exists(out.resolve("migrations")), "kept the data: nothing written");
    }

    @Test
    void theAnswerIsRecordedAReplayWithoutItStopsAndOneWithItNeedsNoFile() throws Exception {
        Path out = project("recorded");
        Path target = file("target.sql", RENAMED);
        Path transcript = work.resolve("run.transcript.json");
        String input = String.join(
                "\n",
                "{\"answers\":{\"source\":\"db/schema.sql\"}}",
                "{\"answers\":{\"rename_1\":\"Rename\"}}",
                "{\"answers\":{\"review\":\"Write them\"}}",
                "{\"answers\":{\"apply\":\"Not now\"}}");
        CliRun run = CliRun.withInput(
                input + "\n",
                "run",
                "db-change",
                "--to",
                target.toString(),
                "--out",
                out.toString(),
                "--transport",
                "stdio",
                "--clock",
                CLOCK,
                "--record",
                transcript.toString());
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode recorded = Json.MAPPER.readTree(transcript.toFile());
        assertTrue(recorded.toString().contains("\"rename_1\":\"Rename\""), recorded.toString());
        Files.delete(target); // the target schema is in the transcript: the replay reads no file

        Path again = project("replayed");
        CliRun replay = CliRun.of("run", "db-change", "--replay", transcript.toString(), "--out", again.toString());
        assertEquals(0, replay.exitCode(), replay.toString());
        assertEquals(migrations(out), migrations(again), "the replay writes the same bytes");

        ObjectNode cut = recorded.deepCopy();
        ArrayNode exchanges = (ArrayNode) cut.path("exchanges");
        for (int i = exchanges.size() - 1; i >= 0; i--) {
            if (exchanges.get(i).path("ids").path(0).asText().equals("rename_1")) {
                exchanges.remove(i);
            }
        }
        Path missing = work.resolve("missing.transcript.json");
        Files.writeString(missing, Json.MAPPER.writeValueAsString(cut));
        Path third = project("missing");
        CliRun stopped = CliRun.of("run", "db-change", "--replay", missing.toString(), "--out", third.toString());
        assertEquals(2, stopped.exitCode(), stopped.toString());
        assertFalse(Files.exists(third.resolve("migrations")), "no drop + add was written without the answer");
    }

    @Test
    void aTargetThatDoesNotApplyIsRefusedNamingItsLineAndTheStateIsUnchanged() throws Exception {
        Path out = project("syntax");
        Path target =
                file("broken.sql", CURRENT + "\nCREATE TABLE posts (\n  id bigint NOT NULL,\n  title textt\n);\n");
        refused(out, target, "broken.sql does not apply: line 10", "type \"textt\" does not exist");
    }

    @Test
    void aTargetThatIsTheCurrentSchemaIsRefusedAsNothingToChange() throws Exception {
        Path out = project("same");
        ok(start(out, file("same.sql", CURRENT)));
        CliRun run = answer(out, "source", "db/schema.sql");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.out().contains("is the current schema: there is nothing to change"), run.toString());
        assertFalse(Files.exists(out.resolve("migrations")));
    }

    @Test
    void aTargetNoChangeTypeMakesIsRefusedNamingWhat() throws Exception {
        Path out = project("check");
        ok(start(
                out,
                file(
                        "check.sql",
                        CURRENT.replace(
                                "  CONSTRAINT users_pkey",
                                "  CONSTRAINT email_set CHECK (email <> ''),\n  CONSTRAINT users_pkey"))));
        CliRun run = answer(out, "source", "db/schema.sql");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.out().contains("kei cannot make this target with its change types"), run.toString());
        assertTrue(run.out().contains("its CHECK constraints differ"), run.toString());
    }

    @Test
    void anEmptyTargetIsRefused() throws Exception {
        refused(project("empty"), file("empty.sql", "-- nothing yet\n"), "empty.sql is empty");
    }

    @Test
    void aTargetWithAViewOrAnotherSchemaIsRefusedNamingThem() throws Exception {
        refused(
                project("view"),
                file("view.sql", CURRENT + "CREATE VIEW named AS SELECT name FROM users;\n"),
                "cannot make: view named");
        refused(
                project("schema"),
                file("schema.sql", CURRENT + "CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id bigint);\n"),
                "cannot make: schema billing");
    }

    @Test
    void anEditedSchemaFileIsNotReadAsTheCurrentSchemaToo() throws Exception {
        Path out = project("edited");
        Files.writeString(out.resolve("db/schema.sql"), RENAMED);
        CliRun alone = start(out, out.resolve("db/schema.sql"));
        assertEquals(2, alone.exitCode(), alone.toString());
        assertTrue(alone.out().contains("The target is db/schema.sql itself"), alone.toString());

        Files.createDirectories(out.resolve("migrations"));
        Files.writeString(out.resolve("migrations/20261201000000_init.sql"), CURRENT);
        Files.writeString(out.resolve("migrations/20261201000000_init.down.sql"), "DROP TABLE users;\n");
        JsonNode source = ok(start(out, out.resolve("db/schema.sql")));
        JsonNode first =
                source.path("payload").path("questions").path(0).path("options").path(0);
        assertEquals("Migrations replayed (Recommended)", first.path("label").asText(), source.toString());
        assertTrue(source.toString().contains("not usable: it is the target"), source.toString());
        CliRun refused = answer(out, "source", "db/schema.sql");
        assertEquals(2, refused.exitCode(), refused.toString());
        JsonNode asked = ok(answer(out, "source", "Migrations replayed"));
        assertEquals("rename_1", asked.path("ids").path(0).asText(), asked.toString());
    }

    /** Starting from {@code target} stops at phase 1 with exit 2 and {@code message}; the state is as it was. */
    private void refused(Path out, Path target, String... message) throws Exception {
        ok(start(out, target));
        Path state = out.resolve(".kei/state.json");
        String before = Files.readString(state);
        CliRun run = answer(out, "source", "db/schema.sql");
        assertEquals(2, run.exitCode(), run.toString());
        String said = Json.MAPPER.readTree(run.out()).path("message").asText() + run.err();
        for (String m : message) {
            assertTrue(said.contains(m), "'" + m + "' in:\n" + said);
        }
        assertFalse(said.contains("\tat "), "no stack trace:\n" + said);
        assertEquals(before, Files.readString(state), "the state is unchanged");
    }

    private static Map<String, String> migrations(Path out) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(out.resolve("migrations"))) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }
}
