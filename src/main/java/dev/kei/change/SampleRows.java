package dev.kei.change;

import static dev.kei.change.StepSql.q;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rows for a throwaway copy of a schema, so that a verification checks values, not only the catalogue: {@link #ROWS}
 * per table, parents first, each column's value a function of the row number by its type (a foreign key column takes
 * the referenced row's key, composite keys included), identity and serial columns numbered, defaults left to the
 * database. A table whose rows the schema refuses (a CHECK generic values break, a type kei does not fill) is left
 * empty and named, so the caller can say so; nothing here is random.
 */
final class SampleRows {
    static final int ROWS = 20;

    private SampleRows() {}

    /**
     * What was filled.
     *
     * @param filled the tables that got rows
     * @param empty the tables left empty, each with why
     */
    record Result(List<String> filled, Map<String, String> empty) {}

    static Result insert(Connection c, LiveSchema schema) throws SQLException {
        List<String> filled = new ArrayList<>();
        Map<String, String> empty = new LinkedHashMap<>();
        Set<String> done = new HashSet<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (LiveTable t : parentsFirst(schema)) {
                Optional<String> insert;
                try {
                    insert = insert(schema, t, done);
                } catch (IllegalStateException e) {
                    empty.put(t.name(), e.getMessage());
                    continue;
                }
                Savepoint before = c.setSavepoint();
                try (Statement s = c.createStatement()) {
                    s.execute(insert.orElseThrow());
                    for (LiveColumn col : t.columns()) {
                        if (col.identityColumn()
                                || col.defaultSql() != null && col.defaultSql().startsWith("nextval(")) {
                            s.execute("SELECT setval(pg_get_serial_sequence('"
                                    + q(t.name()).replace("'", "''") + "', '" + col.name() + "'), " + ROWS + ")");
                        }
                    }
                    c.releaseSavepoint(before);
                    filled.add(t.name());
                    done.add(t.name());
                } catch (SQLException e) {
                    c.rollback(before);
                    String message = String.valueOf(e.getMessage());
                    empty.put(t.name(), message.lines().findFirst().orElse(message));
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return new Result(filled, empty);
    }

    /** The INSERT of {@code t}'s rows; throws IllegalStateException naming why it cannot be made. */
    private static Optional<String> insert(LiveSchema schema, LiveTable t, Set<String> done) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        boolean overriding = false;
        for (LiveColumn col : t.columns()) {
            Optional<String> value = value(schema, t, col, "g", done, 0);
            if (value.isEmpty()) {
                continue; // its default fills it
            }
            columns.add(q(col.name()));
            values.add(value.get());
            overriding |= col.identity().equals("always");
        }
        return Optional.of("INSERT INTO " + q(t.name()) + " (" + String.join(", ", columns) + ")"
                + (overriding ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + String.join(", ", values)
                + " FROM generate_series(1, " + ROWS + ") g");
    }

    /** The value of {@code col} in row {@code g} (SQL), or empty to leave it to its default. */
    private static Optional<String> value(
            LiveSchema schema, LiveTable t, LiveColumn col, String g, Set<String> done, int depth) {
        if (depth > 8) {
            throw new IllegalStateException("its keys reference each other too deeply");
        }
        for (LiveForeignKey f : t.foreignKeys()) {
            int i = f.columns().indexOf(col.name());
            if (i < 0) {
                continue;
            }
            if (f.refTable().equals(t.name()) || !done.contains(f.refTable())) {
                if (!col.notNull()) {
                    return Optional.of("NULL");
                }
                throw new IllegalStateException(
                        "its key " + f.name() + " references " + f.refTable() + ", which has no rows here");
            }
            LiveTable parent = schema.table(f.refTable()).orElseThrow();
            LiveColumn ref = parent.column(f.refColumns().get(i)).orElseThrow();
            String row = "((" + g + ") - 1) % " + ROWS + " + 1";
            return Optional.of(value(schema, parent, ref, row, done, depth + 1)
                    .orElseThrow(
                            () -> new IllegalStateException("the key it references is generated by the database")));
        }
        if (col.defaultSql() != null && col.defaultSql().startsWith("nextval(")) {
            return Optional.of("(" + g + ")");
        }
        boolean keyed = t.primaryKey().contains(col.name())
                || t.indexes().stream().anyMatch(i -> i.unique() && i.columns().contains(col.name()));
        if (col.defaultSql() != null && !keyed) {
            return Optional.empty(); // the default is a value the table's checks accept
        }
        if (!col.identity().isEmpty()) {
            return Optional.of("(" + g + ")");
        }
        String base = SqlTypeFamily.of(col.type());
        String unique = q(t.name()) + "." + col.name();
        return switch (base) {
            case "integer" -> Optional.of("(" + g + ")");
            case "numeric" -> Optional.of("((" + g + ") % 100)");
            case "text" -> Optional.of("left('" + col.name() + " ' || (" + g + "), " + length(col.type()) + ")");
            case "uuid" -> Optional.of("md5('" + unique.replace("'", "''") + "' || (" + g + "))::uuid");
            case "boolean" -> Optional.of("((" + g + ") % 2 = 0)");
            case "date" -> Optional.of("(date '2026-01-01' + (" + g + ")::int)");
            case "timestamp" -> Optional.of("(timestamptz '2026-01-01 00:00+00' + (" + g + ") * interval '1 minute')");
            case "json" -> Optional.of("'{}'");
            default -> {
                if (col.defaultSql() != null) {
                    yield Optional.empty();
                }
                if (!col.notNull()) {
                    yield Optional.of("NULL");
                }
                throw new IllegalStateException("kei does not make values of type " + col.type());
            }
        };
    }

    private static int length(String type) {
        int open = type.indexOf('(');
        return open < 0
                ? 200
                : Integer.parseInt(type.substring(open + 1, type.indexOf(')'))
                        .split(",")[0]
                        .strip());
    }

    /** The tables, each after the tables its foreign keys reference (a cycle is broken where it closes). */
    static List<LiveTable> parentsFirst(LiveSchema schema) {
        List<LiveTable> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (LiveTable t : schema.tables().values()) {
            place(schema, t, placed, visiting, out);
        }
        return out;
    }

    private static void place(
            LiveSchema schema, LiveTable t, Set<String> placed, Set<String> visiting, List<LiveTable> out) {
        if (placed.contains(t.name()) || !visiting.add(t.name())) {
            return;
        }
        for (LiveForeignKey f : t.foreignKeys()) {
            schema.table(f.refTable()).ifPresent(p -> place(schema, p, placed, visiting, out));
        }
        visiting.remove(t.name());
        if (placed.add(t.name())) {
            out.add(t);
        }
    }

    /** The families of types {@link SampleRows} fills. */
    static final class SqlTypeFamily {
        private SqlTypeFamily() {}

        static String of(String type) {
            String t = type.replaceAll("\\(.*", "").strip();
            return switch (t) {
                case "smallint", "integer", "bigint" -> "integer";
                case "numeric", "real", "double precision" -> "numeric";
                case "text", "character varying", "character", "citext" -> "text";
                case "uuid" -> "uuid";
                case "boolean" -> "boolean";
                case "date" -> "date";
                case "timestamp with time zone", "timestamp without time zone" -> "timestamp";
                case "json", "jsonb" -> "json";
                default -> "other";
            };
        }
    }
}
