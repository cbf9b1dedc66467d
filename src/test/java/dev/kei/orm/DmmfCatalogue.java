package dev.kei.orm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Prisma's DMMF describes, in {@link Catalogue}'s lines: the models' database names, their scalar fields'
 * database names, each relation's foreign key (from the side that holds the fields), and the indexes Prisma knows
 * ({@code @id}, {@code @unique}, {@code @@index}) with the database names {@code map:} gave them.
 */
final class DmmfCatalogue {
    private DmmfCatalogue() {}

    /** The lines; {@code named} false drops the names of keys and unique constraints (SQLite keeps none). */
    static Set<String> of(JsonNode dmmf, boolean named) {
        JsonNode models = dmmf.path("datamodel").path("models");
        Map<String, String> tables = new HashMap<>();
        Map<String, Map<String, String>> columns = new HashMap<>();
        for (JsonNode m : models) {
            String model = m.path("name").asText();
            tables.put(model, dbName(m));
            Map<String, String> byField = new HashMap<>();
            for (JsonNode f : m.path("fields")) {
                if (f.path("kind").asText().equals("scalar")) {
                    byField.put(f.path("name").asText(), dbName(f));
                }
            }
            columns.put(model, byField);
        }
        Set<String> out = new TreeSet<>();
        for (JsonNode m : models) {
            String model = m.path("name").asText();
            String table = tables.get(model);
            out.add("table " + table);
            for (String column : columns.get(model).values()) {
                out.add("column " + table + "." + column);
            }
            for (JsonNode f : m.path("fields")) {
                if (!f.path("kind").asText().equals("object")
                        || f.path("relationFromFields").isEmpty()) {
                    continue;
                }
                String to = f.path("type").asText();
                out.add("fk " + table + "."
                        + columns.get(model)
                                .get(f.path("relationFromFields").get(0).asText())
                        + " -> " + tables.get(to) + "."
                        + columns.get(to).get(f.path("relationToFields").get(0).asText())
                        + " ON DELETE "
                        + switch (f.path("relationOnDelete").asText()) {
                            case "Cascade" -> "CASCADE";
                            case "Restrict" -> "RESTRICT";
                            case "SetNull" -> "SET NULL";
                            case "NoAction" -> "NO ACTION";
                            default -> "action " + f.path("relationOnDelete").asText();
                        });
            }
        }
        for (JsonNode index : dmmf.path("datamodel").path("indexes")) {
            String model = index.path("model").asText();
            String type = index.path("type").asText();
            List<String> fields = new ArrayList<>();
            index.path("fields")
                    .forEach(f ->
                            fields.add(columns.get(model).get(f.path("name").asText())));
            String name = !named && !type.equals("normal")
                    ? "-"
                    : index.path("dbName").asText("?");
            out.add(type + " " + tables.get(model) + " " + name + " (" + String.join(", ", fields) + ")");
        }
        return out;
    }

    /**
     * Each relation name and the fields that carry it, {@code Model.field}: Prisma needs a relation on both sides, so
     * a name with one field would be a schema it refuses.
     */
    static Map<String, List<String>> relationSides(JsonNode dmmf) {
        Map<String, List<String>> out = new HashMap<>();
        for (JsonNode m : dmmf.path("datamodel").path("models")) {
            for (JsonNode f : m.path("fields")) {
                if (f.path("kind").asText().equals("object")) {
                    out.computeIfAbsent(f.path("relationName").asText(), k -> new ArrayList<>())
                            .add(m.path("name").asText() + "." + f.path("name").asText());
                }
            }
        }
        return out;
    }

    private static String dbName(JsonNode node) {
        JsonNode db = node.path("dbName");
        return db.isTextual() ? db.asText() : node.path("name").asText();
    }
}
