package dev.kei.change;

import static dev.kei.change.StepSql.list;
import static dev.kei.change.StepSql.q;

import java.util.ArrayList;
import java.util.List;

/**
 * Adding and removing an index without blocking writes: CONCURRENTLY, in statement-by-statement steps (it cannot
 * run in a transaction block), IF [NOT] EXISTS so a re-run meets its own earlier effect; a unique constraint through
 * a concurrently built unique index it then takes over ({@code USING INDEX}), never a build under ACCESS EXCLUSIVE.
 */
final class IndexRecipes {
    private IndexRecipes() {}

    static List<Step> add(Change.AddIndex c, LiveSchema schema) throws ChangeException {
        LiveTable t = Target.table(schema, c.table());
        for (String column : c.columns()) {
            Target.column(t, column);
        }
        if (schema.hasRelation(c.name())) {
            throw new ChangeException("An index or constraint named " + c.name() + " exists already.");
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(
                "add_" + c.name(),
                c.describe(),
                build(t, c.name(), c.columns(), c.unique()),
                dropConcurrently(c.name()),
                true,
                true,
                null));
        if (c.unique()) {
            // a UNIQUE constraint (what ORMs and ON CONFLICT name) over the index just built: a catalogue change
            steps.add(new Step(
                    "add_" + c.name() + "_constraint",
                    "make the unique index " + c.name() + " the table's UNIQUE constraint",
                    with(
                            StepSql.inTransaction(Budget.instant()),
                            "ALTER TABLE " + q(t.name()) + " ADD CONSTRAINT " + q(c.name()) + " UNIQUE USING INDEX "
                                    + q(c.name()) + ";"),
                    with(
                            StepSql.inTransaction(Budget.instant()),
                            "-- the constraint takes its index with it; the previous step's down then finds none",
                            "ALTER TABLE " + q(t.name()) + " DROP CONSTRAINT IF EXISTS " + q(c.name()) + ";"),
                    false,
                    false,
                    null));
        }
        return steps;
    }

    static List<Step> drop(Change.DropIndex c, LiveSchema schema) throws ChangeException {
        LiveTable t = Target.table(schema, c.table());
        LiveIndex index = t.indexes().stream()
                .filter(i -> i.name().equals(c.name()))
                .findFirst()
                .orElseThrow(() -> new ChangeException("Table " + t.name() + " has no index " + c.name() + "."
                        + dev.kei.spelling.DidYouMean.nearest(
                                        c.name(),
                                        t.indexes().stream()
                                                .map(LiveIndex::name)
                                                .toList())
                                .map(s -> " Did you mean " + s + "?")
                                .orElse("")));
        if (index.primary()) {
            throw new ChangeException("Index " + c.name() + " is the primary key of " + t.name() + ": kei does not"
                    + " drop a primary key.");
        }
        if (index.constraint() != null) {
            // the UNIQUE constraint owns the index: dropping the constraint drops it; the down rebuilds both
            List<String> down = new ArrayList<>(build(t, index.name(), index.columns(), true));
            down.addAll(StepSql.uniqueUsingIndex(t.name(), index.constraint(), index.name()));
            return List.of(new Step(
                    "drop_" + c.name(),
                    c.describe() + " (and its UNIQUE constraint " + index.constraint() + ")",
                    with(
                            StepSql.inTransaction(Budget.instant()),
                            "ALTER TABLE " + q(t.name()) + " DROP CONSTRAINT IF EXISTS " + q(index.constraint()) + ";"),
                    down,
                    false,
                    true,
                    null));
        }
        return List.of(new Step(
                "drop_" + c.name(), c.describe(), dropConcurrently(c.name()), rebuild(t, index), true, true, null));
    }

    /** A concurrent build of {@code name} on {@code t}: the statement timeout sized for the table. */
    static List<String> build(LiveTable t, String name, List<String> columns, boolean unique) {
        return with(
                StepSql.outsideTransaction(Budget.build(t.bytes())),
                "CREATE " + (unique ? "UNIQUE " : "") + "INDEX CONCURRENTLY IF NOT EXISTS " + q(name) + " ON "
                        + q(t.name()) + " (" + list(columns) + ");");
    }

    static List<String> dropConcurrently(String name) {
        return with(StepSql.outsideTransaction(Budget.instant()), "DROP INDEX CONCURRENTLY IF EXISTS " + q(name) + ";");
    }

    /** {@code index} built again as the catalogue defines it (method, expressions, WHERE), concurrently. */
    static List<String> rebuild(LiveTable t, LiveIndex index) throws ChangeException {
        return with(StepSql.outsideTransaction(Budget.build(t.bytes())), rebuildStatement(index));
    }

    /** The statement of {@link #rebuild}, for a step that sets its timeouts itself. */
    static String rebuildStatement(LiveIndex index) throws ChangeException {
        String def = index.definition();
        String head = index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
        if (!def.startsWith(head)) {
            throw new ChangeException(
                    "The definition of index " + index.name() + " is not one kei can rebuild: " + def);
        }
        return head + "CONCURRENTLY IF NOT EXISTS " + def.substring(head.length()) + ";";
    }

    /** {@code first} and then {@code more}, as one list. */
    static List<String> with(List<String> first, String... more) {
        List<String> out = new ArrayList<>(first);
        out.addAll(List.of(more));
        return out;
    }
}
