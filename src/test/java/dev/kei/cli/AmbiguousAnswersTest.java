package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, item 23: an answer object naming a key twice was taken with its last value, and IRREVERSIBLE "None,
 * customers" was stored as chosen. Both are refused (INVALID_ANSWER, exit 2) and the state file is unchanged.
 */
class AmbiguousAnswersTest {
    private static final Path SHOP = Path.of("src/test/resources/golden/flows/shop-postgresql-uuid/transcript.json");
    private static final String CLOCK = "2026-11-21T10:00:00Z";

    @TempDir
    Path out;

    private Path state() {
        return out.resolve(".kei/state.json");
    }

    private byte[] started() throws Exception {
        CliRun run = CliRun.of("next", "--out", out.toString(), "--intake", "a bookshop", "--clock", CLOCK);
        assertEquals(0, run.exitCode(), run.toString());
        return Files.readAllBytes(state());
    }

    private static JsonNode onlyEnvelope(CliRun run) throws Exception {
        assertEquals(1, run.lines().size(), run.toString());
        return Json.parse(run.lines().get(0));
    }

    @Test
    void aKeyGivenTwiceInAnAnswerIsRefusedNotTakenLastOneWins() throws Exception {
        byte[] before = started();
        CliRun run = CliRun.of(
                "answer",
                "--out",
                out.toString(),
                "--json",
                "{\"answers\":{\"db\":\"PostgreSQL\",\"db\":\"SQLite\",\"orm\":\"Drizzle\",\"scale\":\"Small\","
                        + "\"style\":\"UUID keys, plural tables\"}}");
        assertEquals(2, run.exitCode(), run.toString());
        JsonNode error = onlyEnvelope(run);
        assertEquals("INVALID_ANSWER", error.get("code").asText(), run.toString());
        assertTrue(error.get("message").asText().contains("'db' more than once"), run.toString());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aKeyGivenTwiceInsideTheAnswersOfAnAnswerOnStdinIsRefused() throws Exception {
        byte[] before = started();
        CliRun run = CliRun.withInput(
                "{\"answers\":{\"db\":\"PostgreSQL\",\"orm\":\"Drizzle\",\"scale\":\"Small\",\"style\":\"UUID keys,"
                        + " plural tables\"},\"answers\":{}}",
                "answer",
                "--out",
                out.toString());
        assertEquals(2, run.exitCode(), run.toString());
        JsonNode error = onlyEnvelope(run);
        assertEquals("INVALID_ANSWER", error.get("code").asText(), run.toString());
        assertTrue(error.get("message").asText().contains("'answers' more than once"), run.toString());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aKeyGivenTwiceOnAStdioLineIsRefusedAndTheQuestionAskedAgain() throws Exception {
        CliRun run = CliRun.withInput(
                "{\"answers\":{\"db\":\"PostgreSQL\",\"db\":\"SQLite\"}}\n",
                "run",
                "--transport",
                "stdio",
                "--out",
                out.toString(),
                "--intake",
                "a bookshop",
                "--clock",
                CLOCK);
        assertEquals(2, run.exitCode(), run.toString());
        List<String> lines = run.lines();
        JsonNode error = Json.parse(lines.get(1));
        assertEquals("INVALID_ANSWER", error.get("code").asText(), run.toString());
        assertTrue(error.get("message").asText().contains("'db' more than once"), run.toString());
        assertEquals("ask", Json.parse(lines.get(2)).get("type").asText(), run.toString());
        JsonNode state = Json.parse(Files.readString(state()));
        assertTrue(state.path("answers").isEmpty(), state.toString());
    }

    @Test
    void aKeyGivenTwiceInATranscriptIsRefusedBeforeAnythingRuns() throws Exception {
        String text = Files.readString(SHOP)
                .replaceFirst("\"db\": \"PostgreSQL\",", "\"db\": \"SQLite\", \"db\": \"PostgreSQL\",");
        Path transcript = out.resolve("dup.json");
        Files.writeString(transcript, text);
        CliRun run = CliRun.of(
                "run",
                "--replay",
                transcript.toString(),
                "--out",
                out.resolve("o").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("INVALID_TRANSCRIPT") || run.err().contains("is not valid"), run.toString());
        assertTrue(run.err().contains("'db' more than once"), run.toString());
        assertFalse(Files.exists(out.resolve("o/.kei/state.json")), run.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"None, customers\"", "[\"customers\", \"None (Recommended)\"]", "\"none, orders\""})
    void irreversibleNoneTogetherWithATableIsRefusedNotStored(String answer) throws Exception {
        ObjectNode t = (ObjectNode) Json.parse(Files.readString(SHOP));
        for (JsonNode e : t.get("exchanges")) {
            ObjectNode answers = (ObjectNode) e.get("answers");
            if (answers.has("irreversible")) {
                answers.set("irreversible", Json.parse(answer));
            }
        }
        Path transcript = out.resolve("none-and-customers.json");
        Files.writeString(transcript, Json.pretty(t));
        Path o = out.resolve("o");
        CliRun run = CliRun.of("run", "--replay", transcript.toString(), "--out", o.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("INVALID_ANSWER"), run.toString());
        assertTrue(run.err().contains("None cannot be chosen with tables"), run.toString());
        JsonNode state = Json.parse(Files.readString(o.resolve(".kei/state.json")));
        assertFalse(state.path("answers").has("IRREVERSIBLE"), state.toString());
        assertFalse(Files.exists(o.resolve("migrations")), run.toString());
    }
}
