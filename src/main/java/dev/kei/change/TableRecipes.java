package dev.kei.change;

import static dev.kei.change.StepSql.list;
import static dev.kei.change.StepSql.q;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adding a table (one transaction: a new table blocks nobody, so its indexes and foreign keys are built plainly
 * with it) and removing one (the contract step of its change, with its rows kept for the rollback when copying
 * them back fits the five-minute budget, else an IRREVERSIBLE down that says why).
 */
final class TableRecipes {
    private TableRecipes() {}

    static List<Step> add(Change.AddTable c, LiveSchema schema) throws ChangeException {
        Target.absentTable(schema, c.table());
        List<String> parts = new ArrayList<>();
        for (ColumnSpec col : c.columns()) {
            parts.add("  " + ColumnRecipes.definition(col, true));
        }
        parts.add("  CONSTRAINT " + q(Names.joined(c.table(), "pkey")) + " PRIMARY KEY (" + list(c.primaryKey()) + ")");
        List<String> up = new ArrayList<>(StepSql.inTransaction(Budget.instant()));
        up.add("CREATE TABLE IF NOT EXISTS " + q(c.table()) + " (\n" + String.join(",\n", parts) + "\n);");
        for (Change.AddIndex i : c.indexes()) {
            up.add("CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX IF NOT EXISTS " + q(i.name()) + " ON "
                    + q(c.table()) + " (" + list(i.columns()) + ");");
        }
        for (Change.AddRelation r : c.relations()) {
            Target.table(schema, r.refTable());
            boolean indexed = c.primaryKey()
                            .subList(
                                    0,
                                    Math.min(r.columns().size(), c.primaryKey().size()))
                            .equals(r.columns())
                    || c.indexes().stream()
                            .anyMatch(i -> i.columns().size() >= r.columns().size()
                                    && i.columns()
                                            .subList(0, r.columns().size())
                                            .equals(r.columns()));
            if (!indexed) {
                up.add("CREATE INDEX IF NOT EXISTS " + q(Names.joined("idx", c.table(), String.join("_", r.columns())))
                        + " ON " + q(c.table()) + " (" + list(r.columns()) + ");");
            }
            // the table is new and empty: there is nothing to validate, so the key is added valid
            up.add(RelationRecipes.addNotValid(r).replace(" NOT VALID;", ";"));
        }
        List<String> down = new ArrayList<>(StepSql.inTransaction(Budget.instant()));
        down.add("-- squawk-ignore ban-drop-table");
        down.add("DROP TABLE IF EXISTS " + q(c.table()) + ";");
        return List.of(new Step("add_" + c.table(), c.describe(), up, down, false, false, null));
    }

    static List<Step> drop(Change.DropTable c, LiveSchema schema) throws ChangeException {
        LiveTable t = Target.table(schema, c.table());
        List<LiveForeignKey> referencing = schema.referencing(t.name()).stream()
                .filter(f -> !f.name().isEmpty())
                .toList();
        if (!referencing.isEmpty()) {
            throw new ChangeException("Table " + t.name() + " is referenced by "
                    + String.join(", ", referencing.stream().map(f -> f.name()).toList())
                    + ": remove those relations first (remove relation), then the table.");
        }
        String saved = Names.joined("kei_saved", t.name());
        String reason = "the application no longer reads or writes " + t.name();
        boolean restorable = Budget.restorable(t.bytes())
                && t.columns().stream()
                        .noneMatch(col -> col.defaultSql() != null
                                && col.defaultSql().toLowerCase(Locale.ROOT).startsWith("nextval("));
        List<String> up = new ArrayList<>(StepSql.inTransaction(Budget.scan(t.bytes())));
        List<String> down;
        if (restorable) {
            up.add("-- the rows are kept in " + saved + " for the rollback; drop it once the change is final");
            up.add("CREATE TABLE " + q(saved) + " AS TABLE " + q(t.name()) + ";");
            down = new ArrayList<>(StepSql.inTransaction(Budget.scan(t.bytes())));
            down.add(LiveDdl.createTable(t));
            down.addAll(LiveDdl.unvalidatedChecks(t));
            boolean identity =
                    t.columns().stream().anyMatch(col -> !col.identity().isEmpty());
            down.add("INSERT INTO " + q(t.name()) + (identity ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT * FROM "
                    + q(saved) + ";");
            for (LiveColumn col : t.columns()) {
                if (!col.identity().isEmpty()) {
                    down.add("SELECT setval(pg_get_serial_sequence(" + literal(q(t.name())) + ", "
                            + literal(col.name()) + "), coalesce(max(" + q(col.name()) + "), 0) + 1, false) FROM "
                            + q(t.name()) + ";");
                }
            }
            down.addAll(LiveDdl.indexes(t));
            down.addAll(LiveDdl.foreignKeys(t));
            down.add("-- squawk-ignore ban-drop-table");
            down.add("DROP TABLE " + q(saved) + ";");
        } else {
            down = List.of("-- IRREVERSIBLE: " + t.name() + " holds ~" + t.rows() + " rows (" + (t.bytes() >> 20)
                    + " MB); copying them back would take ~"
                    + Budget.copy(t.bytes()).toMinutes() + " min, over seed"
                    + " 004's five-minute rollback budget (or it has a sequence-backed default kei does not restore)."
                    + " Restore from a backup.");
        }
        up.add("-- squawk-ignore ban-drop-table");
        up.add("DROP TABLE " + q(t.name()) + ";");
        return List.of(new Step("drop_" + t.name(), c.describe(), up, down, false, false, reason));
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
