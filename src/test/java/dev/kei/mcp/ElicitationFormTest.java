package dev.kei.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.ask.Envelope;
import dev.kei.io.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an AskUserQuestion payload becomes one form, and the form's content the answers object again. */
class ElicitationFormTest {
    private static final String PAYLOAD =
            """
            {"questions":[
              {"question":"Which database?","header":"DB","multiSelect":false,"options":[
                {"label":"PostgreSQL (Recommended)","description":"Default"},{"label":"SQLite","description":""}]},
              {"question":"Which tables hold data?","header":"Irreversible","multiSelect":true,"options":[
                {"label":"None (Recommended)","description":"Drop all"},{"label":"users","description":"People"}]},
              {"question":"Keep these entities?","header":"Entities","multiSelect":false,"options":[
                {"label":"Keep all (Recommended)","description":"As proposed"},{"label":"Core only","description":"Fewer"}]}]}
            """;

    private static ElicitationForm form(String note) throws Exception {
        Envelope.Ask ask = new Envelope.Ask(
                "db-schema", "1-stack", 1, List.of("db", "irreversible", "entities"), Json.parse(PAYLOAD));
        return ElicitationForm.of(
                ask, id -> id.equals("entities") ? Optional.of("Schema text: a(b text)") : Optional.empty(), note);
    }

    @Test
    void singleSelectIsATitledEnumWithTheRecommendedDefaultAndMultiSelectATitledArray() throws Exception {
        Map<String, Object> schema = form(null).schema();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
        assertEquals(List.of("db", "irreversible", "entities", "entities_other"), List.copyOf(properties.keySet()));
        Map<String, Object> db = properties.get("db");
        assertEquals("string", db.get("type"));
        assertEquals("DB", db.get("title"));
        assertEquals("PostgreSQL (Recommended)", db.get("default"));
        assertEquals(
                List.of(
                        Map.of("const", "PostgreSQL (Recommended)", "title", "PostgreSQL (Recommended): Default"),
                        Map.of("const", "SQLite", "title", "SQLite")),
                db.get("oneOf"));
        Map<String, Object> irreversible = properties.get("irreversible");
        assertEquals("array", irreversible.get("type"));
        assertTrue(irreversible.get("items").toString().contains("anyOf"));
        assertTrue(
                properties.get("entities_other").get("description").toString().endsWith("Schema text: a(b text)"));
        // a choice is required only where no free text can stand in for it
        assertEquals(List.of("db", "irreversible"), schema.get("required"));
    }

    @Test
    void theMessageNamesEveryQuestionAfterTheNote() throws Exception {
        String message = form("That answer was not accepted: no.").message();
        assertTrue(message.startsWith("That answer was not accepted: no.\n\nkei db-schema, 1-stack:"), message);
        assertTrue(message.contains("- Which database?\n- Which tables hold data?\n- Keep these entities?"), message);
    }

    @Test
    void otherTextWinsOverTheChoiceAndAnEmptyQuestionIsLeftForTheEngineToName() throws Exception {
        ElicitationForm form = form(null);
        assertEquals(
                Map.of("db", "SQLite", "irreversible", List.of("users"), "entities", "a(b text)"),
                form.answers(Map.of(
                        "db", "SQLite",
                        "irreversible", List.of("users"),
                        "entities", "Keep all (Recommended)",
                        "entities_other", "a(b text)")));
        Map<String, Object> partial = form.answers(Map.of("entities", "", "entities_other", "  "));
        assertTrue(partial.isEmpty(), partial.toString());
        assertFalse(form.answers(null).containsKey("db"));
    }
}
