package dev.kei.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a live database's catalogue differs from what its applied migrations make, object by object: what only the
 * database has (a hand-made change), what only the migrations make (an object dropped by hand), and what both have
 * but define differently. What belongs to a table only one side has is said once, by the table.
 *
 * @param findings in a fixed order: by kind (tables, columns, constraints, indexes, ...), then by name
 */
public record SchemaDrift(List<Finding> findings) {
    // the order findings are listed in: what a reader looks at first
    private static final List<String> KINDS = List.of(
            "table",
            "column",
            "primary key",
            "unique constraint",
            "check constraint",
            "exclusion constraint",
            "constraint",
            "foreign key",
            "index",
            "sequence",
            "enum type",
            "view",
            "trigger");

    public SchemaDrift {
        findings = List.copyOf(findings);
    }

    /** Where an object is, or how it differs. */
    public enum Where {
        ONLY_IN_DATABASE,
        ONLY_IN_MIGRATIONS,
        DIFFERENT
    }

    /**
     * One object that differs.
     *
     * @param database its definition in the database; null when only the migrations make it
     * @param migrations its definition as the migrations make it; null when only the database has it
     */
    public record Finding(String kind, String name, Where where, String database, String migrations) {
        /** The sentence that names it: "column users.nickname exists in the database but not in the applied migrations". */
        public String message() {
            String object = kind + " " + name;
            return switch (where) {
                case ONLY_IN_DATABASE -> object + " exists in the database but not in the applied migrations";
                case ONLY_IN_MIGRATIONS -> object + ": the migrations create it, the database lacks it";
                case DIFFERENT -> object + ": " + String.join("; ", differences());
            };
        }

        private List<String> differences() {
            if (kind.equals("column") && !database.isEmpty() && !migrations.isEmpty()) {
                List<String> parts =
                        ColumnDefinition.parse(database).differencesFrom(ColumnDefinition.parse(migrations));
                if (!parts.isEmpty()) {
                    return parts;
                }
            }
            return List.of(oneLine(database) + " in the database, " + oneLine(migrations) + " by the migrations");
        }
    }

    /** A definition as one line of the report: a view's or a function's text is printed over several. */
    private static String oneLine(String definition) {
        String line = definition.strip().replaceAll("\\s+", " ");
        return line.endsWith(";") ? line.substring(0, line.length() - 1) : line; // a view's text ends its statement
    }

    /** The drift of {@code database}, the live catalogue, from {@code migrations}, the replayed one. */
    public static SchemaDrift between(CatalogSnapshot database, CatalogSnapshot migrations) {
        Map<String, CatalogueEntry> live = objects(database);
        Map<String, CatalogueEntry> made = objects(migrations);
        Set<String> liveTables = tables(live);
        Set<String> madeTables = tables(made);
        Set<String> keys = new TreeSet<>(live.keySet());
        keys.addAll(made.keySet());
        List<Finding> out = new ArrayList<>();
        for (String key : keys) {
            CatalogueEntry l = live.get(key);
            CatalogueEntry m = made.get(key);
            if (m == null && !partOfTableOnlyIn(l, madeTables)) {
                out.add(new Finding(l.kind(), l.name(), Where.ONLY_IN_DATABASE, l.definition(), null));
            } else if (l == null && !partOfTableOnlyIn(m, liveTables)) {
                out.add(new Finding(m.kind(), m.name(), Where.ONLY_IN_MIGRATIONS, null, m.definition()));
            } else if (l != null && m != null && !l.definition().equals(m.definition())) {
                out.add(new Finding(l.kind(), l.name(), Where.DIFFERENT, l.definition(), m.definition()));
            }
        }
        out.sort(Comparator.comparingInt((Finding f) -> rank(f.kind())).thenComparing(Finding::name));
        return new SchemaDrift(out);
    }

    public boolean none() {
        return findings.isEmpty();
    }

    /** Whether {@code e} belongs to a table the other side does not have: the table's own finding says it. */
    private static boolean partOfTableOnlyIn(CatalogueEntry e, Set<String> otherSidesTables) {
        return !e.kind().equals("table") && !e.table().isEmpty() && !otherSidesTables.contains(e.table());
    }

    /** The snapshot's objects by kind and name; SQLite's bare {@code table} line merges into its DDL line. */
    private static Map<String, CatalogueEntry> objects(CatalogSnapshot snapshot) {
        Map<String, CatalogueEntry> out = new TreeMap<>();
        for (String line : snapshot.lines()) {
            CatalogueEntry e = CatalogueEntry.parse(line);
            out.merge(e.kind() + " " + e.name(), e, (a, b) -> a.definition().isEmpty() ? b : a);
        }
        return out;
    }

    private static Set<String> tables(Map<String, CatalogueEntry> objects) {
        Set<String> out = new TreeSet<>();
        objects.values().stream().filter(e -> e.kind().equals("table")).forEach(e -> out.add(e.name()));
        return out;
    }

    private static int rank(String kind) {
        int i = KINDS.indexOf(kind);
        return i < 0 ? KINDS.size() : i;
    }
}
