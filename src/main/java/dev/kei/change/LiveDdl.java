package dev.kei.change;

import static dev.kei.change.StepSql.q;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of the current schema written back as DDL, from what the catalogue printed (format_type,
 * pg_get_expr, pg_get_constraintdef, pg_get_indexdef): what a rollback needs to make a dropped table or column
 * exist again exactly as it was, constraint and index names included.
 */
public final class LiveDdl {
    private LiveDdl() {}

    /** One column's definition: {@code name type [NOT NULL] [DEFAULT x] [GENERATED ... AS IDENTITY]}. */
    static String column(LiveColumn c) {
        StringBuilder s = new StringBuilder(q(c.name()) + " " + c.type());
        if (!c.identity().isEmpty()) {
            s.append(" GENERATED ")
                    .append(c.identity().toUpperCase(java.util.Locale.ROOT))
                    .append(" AS IDENTITY");
        } else if (c.defaultSql() != null) {
            s.append(" DEFAULT ").append(c.defaultSql());
        }
        if (c.notNull()) {
            s.append(" NOT NULL");
        }
        return s.toString();
    }

    /** {@code CREATE TABLE} with its columns, primary key and checks; indexes and foreign keys come after the rows. */
    static String createTable(LiveTable t) {
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add("  " + column(c)));
        t.indexes().stream()
                .filter(LiveIndex::primary)
                .forEach(i -> parts.add(
                        "  CONSTRAINT " + q(i.constraint()) + " PRIMARY KEY (" + StepSql.list(t.primaryKey()) + ")"));
        // a check that is not validated cannot be made so in CREATE TABLE (NOT VALID is ignored there)
        t.checks().stream()
                .filter(LiveCheck::validated)
                .forEach(k -> parts.add("  CONSTRAINT " + q(k.name()) + " " + k.definition()));
        return "CREATE TABLE " + q(t.name()) + " (\n" + String.join(",\n", parts) + "\n);";
    }

    /** The table's checks that are not validated, added NOT VALID after {@link #createTable} as they were. */
    static List<String> unvalidatedChecks(LiveTable t) {
        return t.checks().stream()
                .filter(k -> !k.validated())
                .map(k -> "ALTER TABLE " + q(t.name()) + " ADD CONSTRAINT " + q(k.name()) + " " + k.definition() + ";")
                .toList();
    }

    /** The table's indexes other than its primary key's, as the catalogue defines them (unique constraints too). */
    static List<String> indexes(LiveTable t) {
        List<String> out = new ArrayList<>();
        for (LiveIndex i : t.indexes()) {
            if (i.primary()) {
                continue;
            }
            out.add(i.definition() + ";");
            if (i.constraint() != null) {
                out.add("ALTER TABLE " + q(t.name()) + " ADD CONSTRAINT " + q(i.constraint()) + " UNIQUE USING INDEX "
                        + q(i.name()) + ";");
            }
        }
        return out;
    }

    /**
     * {@code checks} added back to {@code table} as they were: NOT VALID first (no long lock), then validated if they
     * were, for a statement-by-statement step.
     */
    static List<String> checks(String table, List<LiveCheck> checks) {
        List<String> out = new ArrayList<>();
        for (LiveCheck k : checks) {
            String def = k.definition().replaceAll(" NOT VALID$", "");
            out.add("ALTER TABLE " + q(table) + " DROP CONSTRAINT IF EXISTS " + q(k.name()) + ";");
            out.add("ALTER TABLE " + q(table) + " ADD CONSTRAINT " + q(k.name()) + " " + def + " NOT VALID;");
            if (k.validated()) {
                out.add("ALTER TABLE " + q(table) + " VALIDATE CONSTRAINT " + q(k.name()) + ";");
            }
        }
        return out;
    }

    /**
     * The whole schema as statements that make it again on an empty database: the sequences its defaults draw from,
     * every table, then every index and foreign key (after all tables, so any order and any cycle works).
     */
    public static List<String> schema(LiveSchema schema) {
        List<String> out = new ArrayList<>();
        java.util.regex.Pattern nextval =
                java.util.regex.Pattern.compile("nextval\\('([a-z_][a-z0-9_]*)'::regclass\\)");
        for (LiveTable t : schema.tables().values()) {
            for (LiveColumn c : t.columns()) {
                java.util.regex.Matcher m = nextval.matcher(c.defaultSql() == null ? "" : c.defaultSql());
                if (m.find()) {
                    out.add("CREATE SEQUENCE IF NOT EXISTS " + q(m.group(1)) + ";");
                }
            }
        }
        schema.tables().values().forEach(t -> out.add(createTable(t)));
        schema.tables().values().forEach(t -> out.addAll(unvalidatedChecks(t)));
        schema.tables().values().forEach(t -> out.addAll(indexes(t)));
        schema.tables().values().forEach(t -> out.addAll(foreignKeys(t)));
        return out;
    }

    /** The table's foreign keys, each as it was (validated or not). */
    static List<String> foreignKeys(LiveTable t) {
        return t.foreignKeys().stream()
                .map(f -> "ALTER TABLE " + q(t.name()) + " ADD CONSTRAINT " + q(f.name()) + " " + f.definition() + ";")
                .toList();
    }
}
