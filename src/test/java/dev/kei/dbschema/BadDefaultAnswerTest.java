package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 22b, as a user meets it: an ENTITIES answer whose default is no JSON was accepted and a "Don't
 * apply" run ended done with a migration PostgreSQL refuses. It is now INVALID_ANSWER, exit 2, the state unchanged.
 */
class BadDefaultAnswerTest {
    @TempDir
    Path out;

    @Test
    void anEntitiesAnswerWithADefaultThatIsNoValueOfItsTypeIsRefused() throws Exception {
        CliRun run =
                CliRun.of("next", "--out", out.toString(), "--intake", "a bookshop", "--clock", "2026-11-21T10:00:00Z");
        JsonNode ask = Json.parse(run.out());
        while (!ask.path("ids").toString().contains("entities")) {
            StringBuilder answers = new StringBuilder();
            for (int i = 0; i < ask.path("ids").size(); i++) {
                String label = ask.path("payload")
                        .path("questions")
                        .get(i)
                        .path("options")
                        .get(0)
                        .path("label")
                        .asText();
                answers.append(answers.length() == 0 ? "" : ",")
                        .append(Json.line(ask.path("ids").get(i).asText()))
                        .append(':')
                        .append(Json.line(label));
            }
            run = CliRun.of("answer", "--out", out.toString(), "--json", "{\"answers\":{" + answers + "}}");
            assertEquals(0, run.exitCode(), run.toString());
            ask = Json.parse(run.out());
        }
        Path state = out.resolve(".kei/state.json");
        byte[] before = Files.readAllBytes(state);

        CliRun bad = CliRun.of(
                "answer",
                "--out",
                out.toString(),
                "--json",
                Json.line(Map.of("answers", Map.of("entities", "w(j jsonb = '{bad')"))));

        assertEquals(2, bad.exitCode(), bad.toString());
        JsonNode error = Json.parse(bad.out());
        assertEquals("INVALID_ANSWER", error.path("code").asText(), bad.toString());
        assertTrue(error.path("message").asText().contains("default '{bad' of field 'j' is not JSON"), bad.toString());
        assertArrayEquals(before, Files.readAllBytes(state));
    }
}
