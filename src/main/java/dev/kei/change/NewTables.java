package dev.kei.change;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The target's new tables as {@link Change.AddTable}s, each after the new tables its keys reference (a key onto
 * itself or into a cycle is left to a later {@link Change.AddRelation}): a new table blocks nobody, so its indexes
 * and keys are built with it, plainly.
 */
final class NewTables {
    private NewTables() {}

    /** The tables to add, in an order their keys allow; {@code later} receives the keys that must wait. */
    static List<Change> of(DiffContext d, List<Change.AddRelation> relations, List<Change.AddRelation> later) {
        List<String> added = d.map.addedTables(d.target);
        Set<String> done = new LinkedHashSet<>();
        List<Change> out = new ArrayList<>();
        while (done.size() < added.size()) {
            String next = added.stream()
                    .filter(t -> !done.contains(t))
                    .filter(t -> d.targetTable(t).foreignKeys().stream()
                            .allMatch(f -> !added.contains(f.refTable())
                                    || done.contains(f.refTable())
                                    || f.refTable().equals(t)))
                    .findFirst()
                    // a cycle: the first left is added now, its keys onto the others later
                    .orElse(added.stream()
                            .filter(t -> !done.contains(t))
                            .findFirst()
                            .orElseThrow());
            done.add(next);
            out.addAll(table(d, d.targetTable(next), relations, done, added, later));
        }
        return out;
    }

    private static List<Change> table(
            DiffContext d,
            LiveTable t,
            List<Change.AddRelation> relations,
            Set<String> done,
            List<String> added,
            List<Change.AddRelation> later) {
        if (!d.named(t.name(), "Table")) {
            return List.of();
        }
        String where = "table " + t.name();
        int refusedBefore = d.refused.size();
        if (t.primaryKey().isEmpty()) {
            d.refused.add(where + " has no primary key: kei adds tables with one");
        } else if (t.indexes().stream()
                .anyMatch(i -> i.primary() && !i.name().equals(Names.joined(t.name(), "pkey")))) {
            d.refused.add(where + ": kei names a new table's primary key " + Names.joined(t.name(), "pkey"));
        }
        if (!t.checks().isEmpty()) {
            d.refused.add(where + " has CHECK constraints ("
                    + String.join(", ", t.checks().stream().map(LiveCheck::name).toList())
                    + "): no change type of kei's adds one");
        }
        List<ColumnSpec> columns = new ArrayList<>();
        for (LiveColumn c : t.columns()) {
            if (!d.named(c.name(), "Column")) {
                continue;
            }
            if (c.identityColumn()) {
                d.refused.add(
                        "column " + t.name() + "." + c.name() + " is an identity column: kei's new tables have"
                                + " none (use a uuid key with DEFAULT gen_random_uuid(), or a bigint key the application sets)");
                continue;
            }
            boolean unique = t.indexes().stream()
                    .anyMatch(i -> i.unique()
                            && !i.primary()
                            && i.columns().equals(List.of(c.name()))
                            && i.name().equals(Names.joined(t.name(), c.name(), "key"))
                            && i.name().equals(i.constraint()));
            try {
                ColumnSpec s = ColumnDiff.spec(c);
                columns.add(new ColumnSpec(s.name(), s.type(), s.notNull(), s.defaultValue(), unique, null));
            } catch (ChangeException e) {
                d.refused.add("column " + t.name() + "." + c.name() + ": " + e.getMessage());
            }
        }
        List<Change.AddIndex> indexes = new ArrayList<>();
        List<Change> constraints = new ArrayList<>();
        for (LiveIndex i : t.indexes()) {
            boolean inline = columns.stream()
                    .anyMatch(c -> c.unique() && i.name().equals(Names.joined(t.name(), c.name(), "key")));
            if (i.primary() || inline) {
                continue;
            }
            if (i.unique() && i.constraint() == null) {
                // a plain unique index, no constraint over it: built with the table, as the target has it
                if (IndexDiff.buildable(d, t, i)) {
                    indexes.add(new Change.AddIndex(t.name(), i.columns(), true, i.name()));
                }
                continue;
            }
            IndexDiff.addition(d, t, i).map(c -> (Change.AddIndex) c).ifPresent(c -> {
                // a UNIQUE constraint is made by its recipe over a unique index, after the table
                if (c.unique()) {
                    constraints.add(c);
                } else {
                    indexes.add(c);
                }
            });
        }
        List<Change.AddRelation> own = new ArrayList<>();
        for (Change.AddRelation r : relations) {
            if (r.table().equals(t.name())) {
                boolean now = !r.refTable().equals(t.name())
                        && (!added.contains(r.refTable()) || done.contains(r.refTable()));
                (now ? own : later).add(r);
            }
        }
        if (d.refused.size() > refusedBefore) {
            return List.of();
        }
        List<Change> out = new ArrayList<>();
        out.add(new Change.AddTable(t.name(), columns, t.primaryKey(), indexes, own));
        out.addAll(constraints);
        return out;
    }
}
