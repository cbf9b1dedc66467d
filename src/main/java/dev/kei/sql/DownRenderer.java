package dev.kei.sql;

import dev.kei.db.Dialect;
import dev.kei.io.Templates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Renders the down file of a schema's first migration (seed 000, 4d): {@code DROP TABLE IF EXISTS} for every table in
 * reverse dependency order, with CASCADE where the dialect has it. A table the person marked irreversible gets the
 * IRREVERSIBLE guard instead of its DROP, and every guard comes first, so nothing is dropped before one aborts; that
 * matters most where DDL commits statement by statement. Where the database refuses to drop a table that another
 * still references, the foreign keys of reference cycles are dropped before the tables. Indexes, the scale-driven ones
 * included, go with their tables, so the down file names none.
 */
public final class DownRenderer {
    private static final String TEMPLATE = "dev/kei/sql/down.sql.mustache";

    /** Migration names as kei-migrate creates them; the name ends up inside SQL, so nothing else is let through. */
    private static final Pattern MIGRATION_NAME = Pattern.compile("[a-z0-9_]{1,40}");

    /**
     * @param irreversible table names whose DROP is replaced by an aborting guard
     * @param migrationName the migration's name ({@code init_schema}), quoted in the guard's error
     */
    public String render(Schema schema, Dialect d, Set<String> irreversible, String migrationName) {
        if (!MIGRATION_NAME.matcher(migrationName).matches()) {
            throw new IllegalArgumentException("Migration name '" + migrationName
                    + "' is not usable: it must be lower snake_case (a-z, 0-9, _), at most 40 characters.");
        }
        requireKnown(schema, irreversible);
        String message = "irreversible: " + migrationName;
        List<Table> reversed = new ArrayList<>(schema.tables());
        java.util.Collections.reverse(reversed);
        List<DownView.Abort> aborts = new ArrayList<>();
        List<DownView.Drop> drops = new ArrayList<>();
        for (Table t : reversed) {
            if (irreversible.contains(t.name())) {
                aborts.add(new DownView.Abort(d.quote(t.name()), d.abortStatement(message)));
            } else {
                drops.add(new DownView.Drop(d.quote(t.name()), d.supportsDropCascade()));
            }
        }
        List<DownView.ForeignKeyDrop> foreignKeyDrops = new ArrayList<>();
        if (d.dropTableRefusedWhileReferenced()) {
            for (Schema.Deferred fk : schema.deferredForeignKeys()) {
                if (!irreversible.contains(fk.table())) {
                    foreignKeyDrops.add(new DownView.ForeignKeyDrop(
                            d.quote(fk.table()),
                            d.dropForeignKeyAction(),
                            d.quote(fk.foreignKey().name())));
                }
            }
        }
        DownView view =
                new DownView(d.label(), migrationName, d.supportsTransactionalDdl(), aborts, foreignKeyDrops, drops);
        return Templates.resource(TEMPLATE, view);
    }

    private static void requireKnown(Schema schema, Set<String> irreversible) {
        Set<String> tables = new HashSet<>();
        for (Table t : schema.tables()) {
            tables.add(t.name());
        }
        Set<String> unknown = new TreeSet<>(irreversible);
        unknown.removeAll(tables);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("IRREVERSIBLE names " + String.join(", ", unknown)
                    + ", which the schema does not have. Its tables are: " + String.join(", ", new TreeSet<>(tables))
                    + ".");
        }
    }
}
