package dev.kei.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.io.Json;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the arguments of an {@code answer} tool call into the answer the engine validates
 * ({@code {"answers":{...}}}). Only the tool's own encoding is undone: an {@code <id>_other} field becomes the
 * answer to {@code <id>} (unless the option is given too: then the option is the answer), and empty fields are
 * dropped. Everything else passes as it is, so malformed arguments are
 * rejected by the engine exactly as a malformed answer from any other transport is.
 */
final class ToolArguments {
    private ToolArguments() {}

    static String answers(String arguments, List<String> ids) {
        String raw = arguments == null || arguments.isBlank() ? "{}" : arguments;
        JsonNode node;
        try {
            node = Json.parse(raw);
        } catch (JsonProcessingException e) {
            return raw;
        }
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.set("answers", node.isObject() ? unfolded((ObjectNode) node, ids) : node);
        return Json.line(answer);
    }

    private static ObjectNode unfolded(ObjectNode given, List<String> ids) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!empty(f.getValue()) && !isOther(f.getKey(), ids)) {
                out.set(f.getKey(), f.getValue());
            }
        }
        fields = given.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!empty(f.getValue()) && isOther(f.getKey(), ids)) {
                String id = f.getKey().substring(0, f.getKey().length() - AnswerTool.OTHER.length());
                if (!out.has(id)) { // both an option and free text: the option is the answer
                    out.set(id, f.getValue());
                }
            }
        }
        return out;
    }

    private static boolean isOther(String field, List<String> ids) {
        String lower = field.toLowerCase(Locale.ROOT);
        return lower.endsWith(AnswerTool.OTHER)
                && ids.contains(lower.substring(0, lower.length() - AnswerTool.OTHER.length()));
    }

    private static boolean empty(JsonNode value) {
        return value == null
                || value.isNull()
                || (value.isTextual() && value.textValue().isBlank())
                || (value.isArray() && value.isEmpty());
    }
}
