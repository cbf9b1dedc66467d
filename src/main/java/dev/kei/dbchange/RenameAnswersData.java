package dev.kei.dbchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.change.RenameAnswers;
import dev.kei.engine.GeneratorContext;
import dev.kei.io.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a run keeps its answers to "rename or drop + add?" ({@code read-renames} adds each batch's): in the run's
 * data under {@link #KEY}, by candidate key, so the diff reads them the one way however many calls asked them.
 */
final class RenameAnswersData {
    static final String KEY = "rename_answers";

    private RenameAnswersData() {}

    static RenameAnswers read(GeneratorContext context) {
        Map<String, Boolean> out = new TreeMap<>();
        context.data(KEY).ifPresent(node -> {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                out.put(f.getKey(), f.getValue().asBoolean());
            }
        });
        return new RenameAnswers(out);
    }

    static void write(GeneratorContext context, RenameAnswers answers) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        answers.byKey().forEach(node::put);
        context.putData(KEY, node);
    }
}
