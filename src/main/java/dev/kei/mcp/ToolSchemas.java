package dev.kei.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tools' input schemas, built in a fixed order so tools/list reads the same in every run. */
final class ToolSchemas {
    private ToolSchemas() {}

    /** Properties in the order given (name, schema, name, schema, ...), so tools/list reads the same every run. */
    static Map<String, Object> properties(Object... namesAndSchemas) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], namesAndSchemas[i + 1]);
        }
        return properties;
    }

    /** An object of {@code properties}, {@code required} among them, and no others. */
    static McpSchema.JsonSchema object(Map<String, Object> properties, List<String> required) {
        return new McpSchema.JsonSchema("object", new LinkedHashMap<>(properties), required, false, null, null);
    }

    /** A string argument. */
    static Map<String, Object> text(String description) {
        return typed("string", description);
    }

    /** An argument of JSON type {@code type}. */
    static Map<String, Object> typed(String type, String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        schema.put("description", description);
        return schema;
    }
}
