package dev.kei.change;

import static dev.kei.change.IndexRecipes.with;
import static dev.kei.change.StepSql.list;
import static dev.kei.change.StepSql.q;

import java.util.ArrayList;
import java.util.List;

/**
 * Adding and removing a foreign key by seed 003's protocol: the referencing columns indexed first (concurrently),
 * the constraint added NOT VALID (a catalogue change under SHARE ROW EXCLUSIVE on both tables, so brief), then
 * validated in its own transaction (a scan under SHARE UPDATE EXCLUSIVE: writes go on).
 */
final class RelationRecipes {
    private RelationRecipes() {}

    static List<Step> add(Change.AddRelation c, LiveSchema schema) throws ChangeException {
        LiveTable t = Target.table(schema, c.table());
        LiveTable ref = Target.table(schema, c.refTable());
        for (String column : c.columns()) {
            Target.column(t, column);
        }
        for (String column : c.refColumns()) {
            Target.column(ref, column);
        }
        if (c.columns().size() != c.refColumns().size()) {
            throw new ChangeException(c.describe() + ": " + c.columns().size() + " column(s) cannot reference "
                    + c.refColumns().size() + ".");
        }
        if (!ref.primaryKey().equals(c.refColumns())
                && ref.indexes().stream()
                        .noneMatch(i -> i.unique() && i.valid() && i.columns().equals(c.refColumns()))) {
            throw new ChangeException(c.describe() + ": " + ref.name() + " (" + String.join(", ", c.refColumns())
                    + ") is neither its primary key nor unique, and PostgreSQL references only those.");
        }
        if (schema.hasRelation(c.name())) {
            throw new ChangeException("A constraint or index named " + c.name() + " exists already.");
        }
        List<Step> steps = new ArrayList<>();
        if (!t.indexed(c.columns())) {
            // seed 003's FK hygiene: without it, each delete on the referenced table scans this one
            String index = Names.joined("idx", t.name(), String.join("_", c.columns()));
            steps.add(new Step(
                    "add_" + index,
                    "index " + t.name() + " (" + String.join(", ", c.columns()) + ") for the foreign key " + c.name(),
                    IndexRecipes.build(t, index, c.columns(), false),
                    IndexRecipes.dropConcurrently(index),
                    true,
                    true,
                    null));
        }
        steps.add(new Step(
                "add_" + c.name(),
                c.describe() + ", NOT VALID: new and changed rows are checked from now on",
                with(StepSql.inTransaction(Budget.instant()), addNotValid(c)),
                with(StepSql.inTransaction(Budget.instant()), dropConstraint(t.name(), c.name())),
                false,
                false,
                null));
        steps.add(new Step(
                "validate_" + c.name(),
                "validate " + c.name() + ": every existing row of " + t.name() + " is checked",
                with(
                        StepSql.inTransactionPatient(Budget.scan(t.bytes())),
                        "ALTER TABLE " + q(t.name()) + " VALIDATE CONSTRAINT " + q(c.name()) + ";"),
                List.of("-- nothing to undo: validating changed no data (the previous step's down drops the"
                        + " constraint)"),
                false,
                false,
                null));
        return steps;
    }

    static List<Step> drop(Change.DropRelation c, LiveSchema schema) throws ChangeException {
        LiveTable t = Target.table(schema, c.table());
        LiveForeignKey fk = t.foreignKeys().stream()
                .filter(f -> f.name().equals(c.name()) || f.columns().equals(List.of(c.name())))
                .findFirst()
                .orElseThrow(() -> new ChangeException("Table " + t.name() + " has no foreign key " + c.name() + "."
                        + (t.foreignKeys().isEmpty()
                                ? " It has none."
                                : " It has: "
                                        + String.join(
                                                ", ",
                                                t.foreignKeys().stream()
                                                        .map(LiveForeignKey::name)
                                                        .toList()) + ".")));
        List<String> down = new ArrayList<>(StepSql.outsideTransaction(Budget.scan(t.bytes())));
        down.add(StepSql.quickLock());
        down.add("ALTER TABLE " + q(t.name()) + " DROP CONSTRAINT IF EXISTS " + q(fk.name()) + ";");
        down.add("ALTER TABLE " + q(t.name()) + " ADD CONSTRAINT " + q(fk.name()) + " " + fk.definition()
                + (fk.definition().endsWith("NOT VALID") ? "" : " NOT VALID") + ";");
        down.add(StepSql.patientLock());
        if (fk.validated()) {
            down.add("ALTER TABLE " + q(t.name()) + " VALIDATE CONSTRAINT " + q(fk.name()) + ";");
        }
        return List.of(new Step(
                "drop_" + fk.name(),
                "remove relation " + fk.name() + " of " + t.name(),
                with(StepSql.inTransaction(Budget.instant()), dropConstraint(t.name(), fk.name())),
                down,
                false,
                true,
                null));
    }

    /** The constraint as one statement, NOT VALID (also inside a new table's step, where there is nothing to check). */
    static String addNotValid(Change.AddRelation c) {
        return "ALTER TABLE " + q(c.table()) + " ADD CONSTRAINT " + q(c.name()) + " FOREIGN KEY (" + list(c.columns())
                + ") REFERENCES " + q(c.refTable()) + " (" + list(c.refColumns()) + ")"
                + (c.onDelete().equals("NO ACTION") ? "" : " ON DELETE " + c.onDelete()) + " NOT VALID;";
    }

    static String dropConstraint(String table, String name) {
        return "ALTER TABLE " + q(table) + " DROP CONSTRAINT IF EXISTS " + q(name) + ";";
    }
}
