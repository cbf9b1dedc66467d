package dev.kei.sql;

import dev.kei.db.ColumnType;
import dev.kei.db.Dialect;
import dev.kei.db.PostgresDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Just enough DDL to load seeds into real databases while the real DDL renderer is written elsewhere: column types,
 * primary keys, UNIQUE, CHECK IN, foreign keys. PostgreSQL adds the schema's deferred foreign keys by ALTER TABLE,
 * NOT DEFERRABLE like every other, so a seed must really get past them; SQLite declares them inline (it accepts a
 * reference to a table created later) and, again, not deferrable.
 */
final class SeedTestDdl {
    private static final Dialect QUOTES = new PostgresDialect();

    private SeedTestDdl() {}

    static List<String> postgres(Schema schema) {
        List<String> statements = new ArrayList<>();
        for (Table t : schema.tables()) {
            statements.add(create(t, t.foreignKeys(), true));
        }
        for (Schema.Deferred d : schema.deferredForeignKeys()) {
            statements.add("ALTER TABLE " + q(d.table()) + " ADD " + foreignKey(d.foreignKey()));
        }
        return statements;
    }

    static List<String> sqlite(Schema schema) {
        List<String> statements = new ArrayList<>();
        for (Table t : schema.tables()) {
            List<ForeignKey> all = new ArrayList<>(t.foreignKeys());
            schema.deferredForeignKeys().stream()
                    .filter(d -> d.table().equals(t.name()))
                    .forEach(d -> all.add(d.foreignKey()));
            statements.add(create(t, all, false));
        }
        return statements;
    }

    /** The statements of a seed script, without comments, as a runner sends them one by one. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        for (String chunk : script.split(";\n")) {
            String sql = chunk.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
            if (!sql.isBlank()) {
                statements.add(sql);
            }
        }
        return statements;
    }

    private static String create(Table t, List<ForeignKey> foreignKeys, boolean postgres) {
        List<String> parts = new ArrayList<>();
        for (Column c : t.columns()) {
            parts.add(q(c.name()) + " " + type(c, postgres) + (c.notNull() ? " NOT NULL" : ""));
        }
        parts.add("CONSTRAINT " + q(t.primaryKey().name()) + " PRIMARY KEY ("
                + list(t.primaryKey().columns()) + ")");
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Unique u) {
                parts.add("CONSTRAINT " + q(u.name()) + " UNIQUE (" + list(u.columns()) + ")");
            } else if (c instanceof Constraint.AllowedValues a) {
                parts.add("CONSTRAINT " + q(a.name()) + " CHECK (" + q(a.column()) + " IN ("
                        + a.values().stream().map(QUOTES::stringLiteral).collect(Collectors.joining(", ")) + "))");
            }
        }
        for (ForeignKey fk : foreignKeys) {
            parts.add(foreignKey(fk));
        }
        return "CREATE TABLE " + q(t.name()) + " (\n  " + String.join(",\n  ", parts) + "\n)";
    }

    private static String foreignKey(ForeignKey fk) {
        return "CONSTRAINT " + q(fk.name()) + " FOREIGN KEY (" + q(fk.column()) + ") REFERENCES " + q(fk.refTable())
                + " (" + q(fk.refColumn()) + ") ON DELETE " + fk.onDelete().sql();
    }

    private static String type(Column c, boolean postgres) {
        ColumnType t = c.type();
        boolean key = c.role() == Column.Role.KEY;
        return switch (t.kind()) {
            case TEXT, ENUM -> "text";
            case VARCHAR -> "varchar(" + t.length() + ")";
            case INT -> "integer";
            case BIGINT -> key ? (postgres ? "bigint GENERATED ALWAYS AS IDENTITY" : "INTEGER") : "bigint";
            case SMALLINT -> "smallint";
            case BOOLEAN -> "boolean";
            case UUID -> postgres ? "uuid" + (key ? " DEFAULT gen_random_uuid()" : "") : "text";
            case DATE -> "date";
            case TIMESTAMPTZ -> postgres ? "timestamptz" : "text";
            case NUMERIC -> "numeric(" + t.precision() + "," + t.scale() + ")";
            case JSONB -> postgres ? "jsonb" : "text";
            case BYTEA -> postgres ? "bytea" : "blob";
        };
    }

    private static String list(List<String> names) {
        return names.stream().map(SeedTestDdl::q).collect(Collectors.joining(", "));
    }

    private static String q(String name) {
        return QUOTES.quote(name);
    }
}
