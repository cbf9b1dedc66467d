package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 10b: a custom ENTITIES answer, then REVIEW "Back to entities", then "Keep all" replaced the user's
 * tables by the catalogue's. Going back offers what the user has, so "Keep all" keeps it.
 */
class BackToEntitiesTest {
    static final String INTAKE = "a bookshop with authors, books and orders";
    static final String OWN = "user(email text! unique), order(total_cents int!), group(name text!)";

    @TempDir
    Path out;

    /** Every question's first option, but ENTITIES, REVIEW and APPLY as {@code given} says. */
    private static String answer(JsonNode ask, Map<String, String> given) {
        Map<String, Object> answers = new LinkedHashMap<>();
        JsonNode questions = ask.path("payload").path("questions");
        for (int i = 0; i < questions.size(); i++) {
            String id = ask.path("ids").get(i).asText();
            answers.put(
                    id,
                    given.getOrDefault(
                            id,
                            questions
                                    .get(i)
                                    .path("options")
                                    .get(0)
                                    .path("label")
                                    .asText()));
        }
        return Json.line(Map.of("answers", answers));
    }

    @Test
    void backToEntitiesThenKeepAllKeepsTheUsersOwnTables() throws Exception {
        CliRun run = CliRun.of("next", "--out", out.toString(), "--intake", INTAKE, "--clock", "2026-11-21T10:00:00Z");
        List<JsonNode> entityAsks = new ArrayList<>();
        int reviews = 0;
        for (int asks = 0; ; asks++) {
            assertEquals(0, run.exitCode(), run.toString());
            JsonNode ask = Json.parse(run.out());
            if (ask.path("type").asText().equals("done")) {
                break;
            }
            assertTrue(asks < 30, "the flow does not end");
            List<String> ids = new ArrayList<>();
            ask.path("ids").forEach(id -> ids.add(id.asText()));
            Map<String, String> given = new LinkedHashMap<>(Map.of("apply", "Don't apply"));
            if (ids.contains("entities")) {
                entityAsks.add(ask);
                if (entityAsks.size() == 1) {
                    given.put("entities", OWN);
                }
            }
            if (ids.contains("review")) {
                given.put("review", reviews++ == 0 ? "Back to entities" : "Approve");
            }
            run = CliRun.of("answer", "--out", out.toString(), "--json", answer(ask, given));
        }
        assertEquals(2, entityAsks.size());
        String again =
                entityAsks.get(1).path("payload").path("questions").get(0).toString();
        assertTrue(again.contains("3 tables: user, order, group"), again);
        String ddl = Files.readString(out.resolve("db/schema.sql"));
        assertTrue(ddl.contains("3 tables,"), ddl);
        assertTrue(ddl.contains("CREATE TABLE users ("), ddl);
        assertTrue(ddl.contains("total_cents"), ddl);
        assertFalse(ddl.contains("authors"), ddl);
        assertFalse(ddl.contains("products"), ddl);
    }
}
