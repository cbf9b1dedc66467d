package dev.kei.change;

import dev.kei.spelling.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys each mapping of a plan may hold, and the shape checks every reader of a plan uses: a mapping where one
 * is expected, a non-empty list, a text value, no unknown key (with "Did you mean").
 */
final class PlanKeys {
    static final List<String> NEW_DOMAIN =
            List.of("migration_type", "domain_name", "table_name", "fields", "indexes", "foreign_keys");
    static final List<String> MODIFY_EXISTING = List.of("migration_type", "table_name", "changes", "foreign_keys");
    static final List<String> DROP_TABLE = List.of("migration_type", "table_name");
    static final List<String> RENAME_TABLE = List.of("migration_type", "rename_table");
    static final List<String> CHANGES = List.of(
            "add_columns",
            "modify_columns",
            "drop_columns",
            "add_indexes",
            "drop_indexes",
            "rename_columns",
            "drop_foreign_keys");
    static final List<String> FIELD = List.of("name", "type", "constraints");
    static final List<String> ADD_COLUMN = List.of("name", "type", "constraints", "backfill");
    static final List<String> MODIFY_COLUMN =
            List.of("name", "old_type", "new_type", "constraints", "nullable", "default", "backfill");
    static final List<String> INDEX = List.of("fields", "type", "name");
    static final List<String> FOREIGN_KEY = List.of("field", "references", "on_delete", "name");
    static final List<String> FROM_TO = List.of("from", "to");

    /** Seed 002's spellings of the types kei writes, for "Did you mean" on a mistyped one. */
    private static final List<String> TYPE_WORDS = List.of(
            "VARCHAR",
            "CHAR",
            "TEXT",
            "INTEGER",
            "BIGINT",
            "SMALLINT",
            "NUMERIC",
            "DECIMAL",
            "BOOLEAN",
            "UUID",
            "TIMESTAMP",
            "TIMESTAMPTZ",
            "DATE",
            "TIME",
            "JSONB",
            "JSON",
            "BYTEA",
            "INTERVAL",
            "INET",
            "CITEXT",
            "REAL");

    /** Words that are not typos of a key but another way to say one. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "type", "new_type",
            "columns", "fields",
            "column", "field",
            "table", "table_name",
            "ondelete", "on_delete",
            "unique", "type",
            "nullable", "constraints");

    private PlanKeys() {}

    /** Refuses a key of {@code m} not in {@code allowed}, and a missing one of {@code required}. */
    static void check(PlanNode.Mapping m, String what, List<String> allowed, String... required) throws PlanException {
        for (Map.Entry<String, PlanNode.Entry> e : m.entries().entrySet()) {
            String key = e.getKey();
            if (!allowed.contains(key)) {
                String hint = DidYouMean.hint(key, allowed);
                if (hint.isEmpty() && SYNONYMS.containsKey(key) && allowed.contains(SYNONYMS.get(key))) {
                    hint = DidYouMean.sentence("'" + SYNONYMS.get(key) + "'");
                }
                throw new PlanException(
                        e.getValue().keyAt(),
                        "unknown key '" + Names.Shown.cut(key) + "' in " + what + "." + hint + " Write one of: "
                                + String.join(", ", allowed) + ".");
            }
        }
        for (String key : required) {
            if (!m.entries().containsKey(key)) {
                throw new PlanException(
                        m.where(),
                        what + " has no '" + key + "'. Write " + key + ": ... in it (keys: "
                                + String.join(", ", allowed) + ").");
            }
        }
    }

    static PlanNode get(PlanNode.Mapping m, String key) {
        PlanNode.Entry e = m.entries().get(key);
        return e == null ? null : e.value();
    }

    static PlanNode.Mapping mapping(PlanNode node, String what, String example) throws PlanException {
        if (node instanceof PlanNode.Mapping m) {
            return m;
        }
        throw new PlanException(
                node.where(),
                what + " must be a mapping, but is " + PlanNode.shape(node) + ". Write it as: " + example);
    }

    /** A non-empty list's items. */
    static List<PlanNode> list(PlanNode node, String what, String example) throws PlanException {
        if (!(node instanceof PlanNode.Sequence s)) {
            throw new PlanException(
                    node.where(),
                    what + " must be a list, but is " + PlanNode.shape(node) + ". Write it as: " + example);
        }
        if (s.items().isEmpty()) {
            throw new PlanException(
                    node.where(),
                    what + " is an empty list. List at least one item (" + example + "), or remove the key.");
        }
        return s.items();
    }

    /** A list that may be empty (a field's {@code constraints: []}). */
    static List<PlanNode> listOrEmpty(PlanNode node, String what, String example) throws PlanException {
        if (node instanceof PlanNode.Sequence s && s.items().isEmpty()) {
            return List.of();
        }
        return list(node, what, example);
    }

    /** A scalar's text, not null nor blank. */
    static String text(PlanNode node, String what, String example) throws PlanException {
        if (node instanceof PlanNode.Scalar s && s.text() != null && !s.text().isBlank()) {
            return s.text().strip();
        }
        throw new PlanException(
                node.where(), what + " must be a text value, but is " + PlanNode.shape(node) + ". Write: " + example);
    }

    /** A checked name; a refused name says where it was written. */
    static String name(PlanNode node, String what) throws PlanException {
        String text = text(node, what, "a name such as order_items");
        try {
            return Names.check(text, what);
        } catch (ChangeException e) {
            String fixed = text.toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9_]+", "_")
                    .replaceAll("^_+|_+$", "");
            String instead = Names.joined(fixed.isEmpty() || Character.isDigit(fixed.charAt(0)) ? "t_" + fixed : fixed);
            throw new PlanException(node.where(), e.getMessage() + " Write, for example, " + instead + ".");
        }
    }

    /** A non-empty list of distinct checked names. */
    static List<String> names(PlanNode node, String what, String example) throws PlanException {
        List<String> names = new ArrayList<>();
        for (PlanNode item : list(node, what, example)) {
            String name = name(item, what.replaceFirst("s$", ""));
            if (names.contains(name)) {
                throw new PlanException(item.where(), "'" + name + "' is listed twice in " + what + ". List it once.");
            }
            names.add(name);
        }
        return names;
    }

    static SqlType type(PlanNode node, String what) throws PlanException {
        String text = text(node, what, "a type such as 'VARCHAR(100)'");
        try {
            return SqlType.parse(text);
        } catch (ChangeException e) {
            int open = text.indexOf('(');
            String base = (open < 0 ? text : text.substring(0, open)).strip();
            String hint = DidYouMean.nearest(base, TYPE_WORDS)
                    .map(t -> DidYouMean.sentence("'" + t + (open < 0 ? "" : text.substring(open)) + "'"))
                    .orElse("");
            throw new PlanException(node.where(), what + ": " + e.getMessage() + hint);
        }
    }

    /** A default or backfill value; a bare word gets the hint that SQL text keeps its own quotes inside YAML's. */
    static SqlValue value(PlanNode node, String what) throws PlanException {
        String text = text(node, what, "a value such as 0, now() or \"'active'\"");
        return value(text, node.where(), what);
    }

    static SqlValue value(String text, PlanNode.Where where, String what) throws PlanException {
        try {
            return SqlValue.parse(text);
        } catch (ChangeException e) {
            String hint = text.matches("[A-Za-z_][A-Za-z0-9_ ]*")
                    ? " Write \"'" + text + "'\" for the text " + text + " (SQL's quotes inside YAML's)."
                    : " Write, for example, 0, now() or \"'text'\" (a string in SQL's quotes inside YAML's).";
            throw new PlanException(where, what + ": " + e.getMessage() + hint);
        }
    }

    /** {@code true} or {@code false}. */
    static boolean bool(PlanNode node, String what) throws PlanException {
        String text = text(node, what, "true or false");
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
        }
        throw new PlanException(node.where(), what + " is '" + Names.Shown.cut(text) + "'. Write true or false.");
    }

    static Set<String> keys(PlanNode.Mapping m) {
        return m.entries().keySet();
    }
}
