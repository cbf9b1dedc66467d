package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state file edited by hand is checked when it is loaded (issue 11, item 17): before, {@code answers.DB =
 * Oracle} or {@code clock = "not-a-time"} were taken and a later step died with exit 1 and a Java stack trace. Now
 * the call exits 2 with an INVALID_STATE envelope naming the field and the file, and the file is left as it is.
 */
class EditedStateTest {
    private static final Path BOOKSHOP = Path.of("examples/bookshop.transcript.json");

    @TempDir
    Path out;

    private JsonNode transcript;
    private byte[] pending;

    private Path state() {
        return out.resolve(".kei/state.json");
    }

    /** A bookshop run in step mode with its first three questions answered: the fourth is pending. */
    @BeforeEach
    void threeAnswered() throws Exception {
        transcript = Json.parse(Files.readString(BOOKSHOP));
        CliRun next = CliRun.of(
                "next",
                "--out",
                out.toString(),
                "--intake",
                transcript.get("intake").asText(),
                "--clock",
                transcript.get("clock").asText());
        assertEquals(0, next.exitCode(), next.toString());
        for (int i = 0; i < 3; i++) {
            CliRun run = CliRun.of("answer", "--out", out.toString(), "--json", answer(i));
            assertEquals(0, run.exitCode(), run.toString());
        }
        pending = Files.readAllBytes(state());
    }

    private String answer(int exchange) {
        ObjectNode a = Json.MAPPER.createObjectNode();
        a.set("answers", transcript.get("exchanges").get(exchange).get("answers"));
        return Json.line(a);
    }

    /** The state edited by {@code edit}: {@code next} and the next answer are refused naming {@code field}. */
    private void refused(Consumer<ObjectNode> edit, String field) throws Exception {
        ObjectNode s = (ObjectNode) Json.parse(new String(pending, java.nio.charset.StandardCharsets.UTF_8));
        edit.accept(s);
        refusedText(Json.pretty(s), field);
    }

    private void refusedText(String text, String field) throws Exception {
        Files.writeString(state(), text);
        byte[] before = Files.readAllBytes(state());
        for (CliRun run : new CliRun[] {
            CliRun.of("next", "--out", out.toString()),
            CliRun.of("answer", "--out", out.toString(), "--json", answer(3))
        }) {
            assertEquals(2, run.exitCode(), run.toString());
            assertEquals(1, run.lines().size(), run.toString());
            assertFalse(run.toString().contains("\tat "), run.toString());
            JsonNode error = Json.parse(run.out().strip());
            assertEquals("INVALID_STATE", error.get("code").asText(), run.toString());
            String message = error.get("message").asText();
            assertTrue(message.contains(state().toString()), message);
            assertTrue(message.contains(field), "'" + field + "' in: " + message);
            assertArrayEquals(before, Files.readAllBytes(state()));
        }
    }

    @Test
    void anAnswerThatIsNoOptionOfItsQuestionIsRefused() throws Exception {
        refused(
                s -> ((ArrayNode) s.get("answers").get("DB").get("value")).set(0, TextNode.valueOf("Oracle")),
                "answers.DB");
    }

    @Test
    void aClockThatIsNotATimeIsRefused() throws Exception {
        refused(s -> s.put("clock", "not-a-time"), "clock");
    }

    @Test
    void aFieldOfTheWrongTypeIsRefused() throws Exception {
        refused(s -> s.put("asks", "three"), "asks");
        refused(s -> s.putArray("answers"), "answers");
        refused(s -> ((ObjectNode) s.get("answers").get("DB")).put("freeText", "no"), "answers.DB.freeText");
        refused(s -> ((ObjectNode) s.get("pending")).put("ids", "relations"), "pending.ids");
    }

    @Test
    void anUnknownStepIsRefused() throws Exception {
        refused(s -> s.put("cursor", "9z"), "cursor");
        refused(s -> ((ObjectNode) s.get("pending")).put("stepId", "9z"), "pending.stepId");
    }

    @Test
    void anAnswerForAQuestionTheSkillDoesNotAskIsRefused() throws Exception {
        refused(
                s -> ((ObjectNode) s.get("answers"))
                        .set("FLAVOUR", s.get("answers").get("DB")),
                "answers.FLAVOUR");
    }

    @Test
    void aCountOfAnswersThatDisagreesWithTheExchangesIsRefused() throws Exception {
        refused(s -> s.put("asks", 7), "asks");
    }

    @Test
    void aTruncatedStateIsRefused() throws Exception {
        String text = new String(pending, java.nio.charset.StandardCharsets.UTF_8);
        refusedText(text.substring(0, text.length() / 2), "line ");
    }
}
