package dev.kei.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A column type as written in DDL, normalised to PostgreSQL's internal name ({@code character varying(100)} is
 * {@code varchar} with modifier 100), so a type change can be judged binary-coercible or not.
 *
 * @param name the internal name: varchar, text, numeric, int4, timestamptz, ...
 * @param modifiers the numbers in parentheses (length, precision and scale)
 */
public record ColumnType(String name, List<Integer> modifiers) {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"),
            Map.entry("character", "bpchar"),
            Map.entry("char", "bpchar"),
            Map.entry("decimal", "numeric"),
            Map.entry("int", "int4"),
            Map.entry("integer", "int4"),
            Map.entry("smallint", "int2"),
            Map.entry("bigint", "int8"),
            Map.entry("real", "float4"),
            Map.entry("double precision", "float8"),
            Map.entry("boolean", "bool"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("time with time zone", "timetz"),
            Map.entry("time without time zone", "time"),
            Map.entry("bit varying", "varbit"));
    // words that end a type inside a column definition
    private static final Set<String> AFTER = Set.of(
            "not",
            "null",
            "default",
            "constraint",
            "primary",
            "unique",
            "check",
            "references",
            "collate",
            "generated",
            "using");

    public ColumnType {
        modifiers = List.copyOf(modifiers);
    }

    /** The type starting at token {@code i} of {@code t}, read up to a constraint, a comma or the end. */
    public static ColumnType at(Tokens t, int i) {
        List<String> words = new ArrayList<>();
        List<Integer> modifiers = new ArrayList<>();
        int j = i;
        while (j < t.size()
                && t.get(j).kind() == Token.Kind.WORD
                && !AFTER.contains(t.get(j).name())) {
            words.add(t.get(j).name());
            j++;
            if (t.is(j, "(")) {
                int close = t.closing(j);
                for (int k = j + 1; k < close; k++) {
                    if (t.get(k).kind() == Token.Kind.NUMBER) {
                        modifiers.add(Integer.parseInt(t.get(k).text()));
                    }
                }
                j = close + 1;
            }
        }
        if (t.at(j, "[", "]")) {
            words.add("[]");
        }
        String written = String.join(" ", words).replace(" []", "[]");
        String base = written.startsWith("pg_catalog ") ? written.substring(11) : written;
        return new ColumnType(ALIASES.getOrDefault(base, base), modifiers);
    }

    /**
     * Whether PostgreSQL changes a column from this type to {@code to} without rewriting the table: the same type,
     * a varchar made longer or unlimited or into text, text into unlimited varchar, a numeric given more precision
     * at the same scale or made unconstrained.
     */
    public boolean changesWithoutRewriteTo(ColumnType to) {
        if (equals(to)) {
            return true;
        }
        boolean textual = name.equals("varchar") || name.equals("text");
        if (textual && (to.name.equals("text") || to.name.equals("varchar") && to.modifiers.isEmpty())) {
            return true;
        }
        if (name.equals("varchar") && to.name.equals("varchar")) {
            return !modifiers.isEmpty() && to.modifiers.size() == 1 && to.modifiers.get(0) >= modifiers.get(0);
        }
        if (name.equals("numeric") && to.name.equals("numeric")) {
            if (to.modifiers.isEmpty()) {
                return true;
            }
            int scale = modifiers.size() > 1 ? modifiers.get(1) : 0;
            int toScale = to.modifiers.size() > 1 ? to.modifiers.get(1) : 0;
            return !modifiers.isEmpty() && scale == toScale && to.modifiers.get(0) >= modifiers.get(0);
        }
        return false;
    }

    @Override
    public String toString() {
        return modifiers.isEmpty()
                ? name
                : name + "("
                        + String.join(
                                ",", modifiers.stream().map(String::valueOf).toList()) + ")";
    }
}
