package dev.kei.change;

import java.util.List;

/**
 * A dropped and an added object that may be one object renamed: a table gone and a table new with similar columns,
 * or on one table a column gone and a column new of a compatible type. The diff never decides this itself (a rename
 * made a drop + add loses the rows); it is asked, and {@link RenameAnswers} holds the answer under {@link #key()}.
 *
 * @param table null for a table rename; for a column rename the table as the target names it
 * @param from the current name
 * @param to the target's name
 * @param shared for a table: the columns both have (name and compatible type); for a column: its two types
 */
public record RenameCandidate(String table, String from, String to, List<String> shared) {
    public RenameCandidate {
        shared = List.copyOf(shared);
    }

    /** Whether it is about a table (else a column). */
    public boolean ofTable() {
        return table == null;
    }

    /** The answer's key in {@link RenameAnswers}: {@code table users>members}, {@code column users:name>full_name}. */
    public String key() {
        return ofTable() ? "table " + from + ">" + to : "column " + table + ":" + from + ">" + to;
    }

    /** The question people are asked (contracts section 3: it ends with a question mark). */
    public String question() {
        if (ofTable()) {
            return "Table " + from + " is gone from the target and table " + to + " is new, with "
                    + shared.size() + " of the same columns (" + String.join(", ", shared) + "). Is " + from
                    + " renamed to " + to + " (its rows kept), or dropped and " + to + " added empty?";
        }
        return "In table " + table + ", column " + from + " (" + shared.get(0) + ") is gone and column " + to + " ("
                + shared.get(1) + ") is new. Is " + from + " renamed to " + to + " (its values kept), or dropped and "
                + to + " added empty?";
    }

    /** Whether two objects overlap, so that both cannot be asked in one call (both answered "rename" would clash). */
    boolean overlaps(RenameCandidate other) {
        return ofTable() == other.ofTable()
                && java.util.Objects.equals(table, other.table)
                && (from.equals(other.from) || to.equals(other.to));
    }

    /**
     * Whether a column of type {@code a} may hold what one of type {@code b} held: the same family (text, whole
     * numbers, numbers, timestamps, JSON) or the same type. A rename candidate needs it; the rename's type change, if
     * any, then goes through the usual ModifyColumn recipe.
     */
    static boolean compatible(String a, String b) {
        return family(a).equals(family(b));
    }

    private static String family(String type) {
        if (type.endsWith("[]")) {
            return type;
        }
        String base = type.contains("(") ? type.substring(0, type.indexOf('(')) : type;
        return switch (base) {
            case "character varying", "text", "character", "citext" -> "text";
            case "smallint", "integer", "bigint" -> "integer";
            case "numeric", "real", "double precision" -> "number";
            case "timestamp with time zone", "timestamp without time zone" -> "timestamp";
            case "json", "jsonb" -> "json";
            default -> base;
        };
    }
}
