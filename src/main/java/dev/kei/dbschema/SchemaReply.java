package dev.kei.dbschema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaText;
import dev.kei.schema.SchemaTextException;
import dev.kei.sql.DesignException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model's answer to the proposal prompt: {@code {"entities":[...],"relations":[...],"rationale":"..."}}, each
 * entity and relation a line of schema text (contracts section 7). It passes the rules typed schema text passes: it
 * parses, its relations name its entities, and the run's design can build tables from it.
 */
record SchemaReply(SchemaDraft draft, String rationale) {
    /** More tables than this is not a first proposal a person can review in one question. */
    static final int MAX_ENTITIES = 40;

    private static final int MAX_RATIONALE = 400;

    /** Reads and checks {@code reply}; the exception's message is what goes back to the model. */
    static SchemaReply parse(String reply, Stack stack) throws Problem {
        JsonNode root = json(reply);
        List<String> entities = lines(root, "entities", true);
        List<String> relations = lines(root, "relations", false);
        List<String> all = new ArrayList<>(entities);
        all.addAll(relations);
        SchemaDraft draft;
        try {
            draft = SchemaText.parse(String.join("\n", all));
            draft.validate();
        } catch (SchemaTextException e) {
            throw new Problem("the schema text does not parse: " + e.getMessage()
                    + " (line 1 is the first entity; the relations follow the " + entities.size() + " entities)");
        } catch (IllegalArgumentException e) {
            throw new Problem("the schema text does not parse: " + e.getMessage());
        }
        if (draft.entities().size() > MAX_ENTITIES) {
            throw new Problem("propose at most " + MAX_ENTITIES + " tables, not "
                    + draft.entities().size());
        }
        try {
            Drafts.design(draft, stack);
        } catch (DesignException e) {
            throw new Problem("the tables cannot be designed: " + e.getMessage());
        }
        JsonNode rationale = root.get("rationale");
        String why = rationale != null && rationale.isTextual()
                ? rationale.textValue().strip().replaceAll("\\s+", " ")
                : "";
        return new SchemaReply(draft, why.length() > MAX_RATIONALE ? why.substring(0, MAX_RATIONALE) + "…" : why);
    }

    /** What is wrong with {@code reply}, or empty when it is a usable proposal. */
    static Optional<String> problem(String reply, Stack stack) {
        try {
            parse(reply, stack);
            return Optional.empty();
        } catch (Problem e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The JSON object in the reply; a Markdown code fence or a sentence around it is tolerated. */
    private static JsonNode json(String reply) throws Problem {
        String text = reply == null ? "" : reply.strip();
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new Problem("the reply holds no JSON object; answer with {\"entities\":[...],\"relations\":[...],"
                    + "\"rationale\":\"...\"} only");
        }
        JsonNode root;
        try {
            root = Json.parse(text.substring(start, end + 1));
        } catch (JsonProcessingException e) {
            throw new Problem("the reply is not valid JSON: " + Json.describe(e));
        }
        if (!root.isObject()) {
            throw new Problem("the reply must be a JSON object");
        }
        return root;
    }

    private static List<String> lines(JsonNode root, String field, boolean required) throws Problem {
        JsonNode node = root.get(field);
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            if (required) {
                throw new Problem("the reply has no \"" + field + "\" array");
            }
            return out;
        }
        if (node.isTextual()) {
            node.textValue().lines().filter(l -> !l.isBlank()).forEach(out::add);
            return out;
        }
        if (!node.isArray()) {
            throw new Problem("\"" + field + "\" must be an array of schema-text lines");
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new Problem("every item of \"" + field + "\" must be a string of schema text, such as "
                        + (field.equals("entities") ? "\"authors(name text!)\"" : "\"authors 1-* books\""));
            }
            if (!item.textValue().isBlank()) {
                out.add(item.textValue().strip());
            }
        }
        return out;
    }

    /** A reply that cannot be used, with the reason to send back. */
    static final class Problem extends Exception {
        Problem(String message) {
            super(message);
        }
    }
}
