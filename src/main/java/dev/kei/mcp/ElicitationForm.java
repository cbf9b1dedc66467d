package dev.kei.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.Envelope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One AskUserQuestion payload as one elicitation form (spec 2025-11-25, form mode): each question a field named by
 * its id, single-select as a titled enum ({@code oneOf} of {@code const}/{@code title}, the recommended option as its
 * default), multi-select as an array of titled enums ({@code items.anyOf}), and where the phase reads free text an
 * "other" string field beside it ({@code <id>_other}). The form's content is turned back into the {@code answers}
 * object every other transport sends; whether it is a valid answer is the engine's to decide.
 *
 * @param message what the client shows above the form
 * @param schema the {@code requestedSchema}
 * @param fields each question's id, its field names, and whether it is multi-select
 */
record ElicitationForm(String message, Map<String, Object> schema, List<Field> fields) {
    static final String OTHER = "_other";

    /** A question's fields. */
    record Field(String id, boolean multiSelect, boolean other) {}

    /**
     * The form of {@code ask}; {@code grammar} gives a question id's free-text grammar when the phase reads free text
     * for it (an empty string when it has none to show), and {@code note} is put before the message (a rejected
     * earlier answer, say), or null.
     */
    static ElicitationForm of(Envelope.Ask ask, Function<String, Optional<String>> grammar, String note) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        StringBuilder message = new StringBuilder();
        if (note != null) {
            message.append(note).append("\n\n");
        }
        message.append("kei ")
                .append(ask.skill())
                .append(", ")
                .append(ask.phase())
                .append(":");
        JsonNode questions = ask.payload().path("questions");
        for (int i = 0; i < questions.size(); i++) {
            JsonNode q = questions.get(i);
            String id = ask.ids().get(i);
            boolean multi = q.path("multiSelect").asBoolean(false);
            Optional<String> freeText = grammar.apply(id);
            message.append("\n- ").append(q.path("question").asText());
            properties.put(id, multi ? multiSelect(q) : singleSelect(q));
            if (freeText.isPresent() && !properties.containsKey(id + OTHER)) {
                Map<String, Object> other = new LinkedHashMap<>();
                other.put("type", "string");
                other.put("title", q.path("header").asText() + ": other");
                other.put(
                        "description",
                        "Instead of a choice above, your own answer (leave the choice empty)."
                                + (freeText.get().isEmpty() ? "" : " " + freeText.get()));
                properties.put(id + OTHER, other);
                fields.add(new Field(id, multi, true));
            } else {
                required.add(id); // without free text a choice is the only answer
                fields.add(new Field(id, multi, false));
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return new ElicitationForm(message.toString(), schema, List.copyOf(fields));
    }

    /**
     * The accepted form's content as the AskUserQuestion result, keyed by id: an "other" text that is not blank wins
     * over the choice beside it; a question left empty is left out (the engine then names it as missing).
     */
    Map<String, Object> answers(Map<String, Object> content) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, Object> given = content == null ? Map.of() : content;
        for (Field f : fields) {
            Object other = f.other() ? given.get(f.id() + OTHER) : null;
            if (other instanceof String text && !text.isBlank()) {
                answers.put(f.id(), text);
                continue;
            }
            Object choice = given.get(f.id());
            if (choice != null && !(choice instanceof String s && s.isEmpty())) {
                answers.put(f.id(), choice);
            }
        }
        return answers;
    }

    private static Map<String, Object> singleSelect(JsonNode q) {
        Map<String, Object> field = titled(q);
        field.put("type", "string");
        field.put("oneOf", options(q));
        JsonNode first = q.path("options").path(0).path("label");
        if (first.asText().endsWith(" (Recommended)")) {
            field.put("default", first.asText());
        }
        return field;
    }

    private static Map<String, Object> multiSelect(JsonNode q) {
        Map<String, Object> field = titled(q);
        field.put("type", "array");
        field.put("items", Map.of("anyOf", options(q)));
        return field;
    }

    private static Map<String, Object> titled(JsonNode q) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("title", q.path("header").asText());
        field.put("description", q.path("question").asText());
        return field;
    }

    private static List<Map<String, Object>> options(JsonNode q) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (JsonNode o : q.path("options")) {
            String label = o.path("label").asText();
            String description = o.path("description").asText();
            options.add(Map.of("const", label, "title", description.isEmpty() ? label : label + ": " + description));
        }
        return options;
    }
}
