package dev.kei.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index changes of the tables both schemas have. Each current index is followed to what the column changes
 * leave of it (gone with a dropped column; under the twin's name after a column rename, as {@link ColumnSwap} names
 * it) and compared with the target's index of that name: equal ones stay, the others are dropped, and the target's
 * missing ones are built (CONCURRENTLY, by {@link IndexRecipes}). Primary keys are compared, never changed.
 */
final class IndexDiff {
    private static final Pattern PLAIN =
            Pattern.compile("CREATE (UNIQUE )?INDEX \\S+ ON \\S+ USING btree \\(([^()]*)\\)");

    /** The drops before the column changes, the drops after them (of swapped indexes) and the builds. */
    record Changes(List<Change> early, List<Change> late, List<Change> adds) {}

    /** An index as it stands after the column changes: its name, its columns under the target's names. */
    private record After(LiveIndex index, String name, String constraint, List<String> columns, boolean swapped) {}

    private IndexDiff() {}

    static Changes of(DiffContext d, String targetName) {
        LiveTable cur = d.currentTable(d.map.tables().get(targetName));
        LiveTable tgt = d.targetTable(targetName);
        List<Change> early = new ArrayList<>();
        List<Change> late = new ArrayList<>();
        List<Change> adds = new ArrayList<>();
        primaryKey(d, cur, tgt);
        List<String> matched = new ArrayList<>();
        for (LiveIndex i : cur.indexes()) {
            if (i.primary()) {
                continue;
            }
            After a = after(d, cur, i);
            if (a == null) {
                continue; // it goes with its dropped column
            }
            LiveIndex wanted = tgt.index(a.name()).orElse(null);
            if (wanted != null && same(a, wanted)) {
                matched.add(wanted.name());
            } else {
                (a.swapped() ? late : early).add(new Change.DropIndex(targetName, a.name()));
            }
        }
        for (LiveIndex w : tgt.indexes()) {
            if (!w.primary() && !matched.contains(w.name())) {
                addition(d, tgt, w).ifPresent(adds::add);
            }
        }
        return new Changes(early, late, adds);
    }

    /** The primary key: kei changes none, so a difference is refused (its name too, which no change type renames). */
    private static void primaryKey(DiffContext d, LiveTable cur, LiveTable tgt) {
        List<String> columns = new ArrayList<>();
        for (String c : cur.primaryKey()) {
            columns.add(d.targetColumn(cur.name(), c).orElse("?"));
        }
        String was = cur.indexes().stream()
                .filter(LiveIndex::primary)
                .map(LiveIndex::name)
                .findFirst()
                .orElse(null);
        String wanted = tgt.indexes().stream()
                .filter(LiveIndex::primary)
                .map(LiveIndex::name)
                .findFirst()
                .orElse(null);
        if (!columns.equals(tgt.primaryKey())) {
            d.refused.add("table " + tgt.name() + ": its primary key changes from (" + String.join(", ", columns)
                    + ") to (" + String.join(", ", tgt.primaryKey()) + "); kei does not change a primary key");
        } else if (!Objects.equals(was, wanted)) {
            d.refused.add("table " + tgt.name() + ": its primary key is named " + was + ", the target names it "
                    + wanted + "; no change type renames a constraint: write CONSTRAINT " + was
                    + " PRIMARY KEY (...) in the target");
        }
    }

    /** {@code i} after the column changes, or null when a column of it is dropped. */
    private static After after(DiffContext d, LiveTable cur, LiveIndex i) {
        String name = i.name();
        String constraint = i.constraint();
        boolean swapped = false;
        List<String> columns = new ArrayList<>();
        for (String c : i.columns()) {
            if (cur.column(c).isEmpty()) {
                columns.add(c); // an expression: compared as written
                continue;
            }
            String to = d.targetColumn(cur.name(), c).orElse(null);
            if (to == null) {
                return null;
            }
            columns.add(to);
            swapped |= d.swapped(cur.name(), c);
        }
        for (LiveColumn c : cur.columns()) { // ColumnSwap renames one column at a time, in the table's order
            String to = d.targetColumn(cur.name(), c.name()).orElse(c.name());
            if (!to.equals(c.name()) && i.columns().contains(c.name())) {
                name = ColumnSwap.twin(constraint != null ? constraint : name, c.name(), to);
                constraint = constraint != null ? name : null;
            }
        }
        if (constraint != null) {
            name = constraint; // ADD CONSTRAINT ... USING INDEX gives the index the constraint's name
        }
        return new After(i, name, constraint, columns, swapped);
    }

    private static boolean same(After a, LiveIndex w) {
        return a.index().unique() == w.unique()
                && (a.constraint() != null) == (w.constraint() != null)
                && shape(a.index(), a.columns()).equals(shape(w, w.columns()));
    }

    /** What an index is, without its name and table: the columns for a plain btree, else its definition's tail. */
    private static String shape(LiveIndex i, List<String> columns) {
        Matcher m = PLAIN.matcher(i.definition());
        if (m.matches()) {
            return (i.unique() ? "unique " : "") + "btree " + String.join(",", columns);
        }
        return i.definition().replaceFirst("^CREATE (UNIQUE )?INDEX \\S+ ON \\S+ ", "");
    }

    /** The target's index {@code w} as an index to build, or a refusal when no recipe builds it as it is. */
    static java.util.Optional<Change> addition(DiffContext d, LiveTable tgt, LiveIndex w) {
        String where = "index " + w.name() + " of " + tgt.name();
        if (!buildable(d, tgt, w)) {
            return java.util.Optional.empty();
        }
        if (w.unique() && w.constraint() == null) {
            d.refused.add(where + ": kei makes a unique index a UNIQUE constraint; write CONSTRAINT " + w.name()
                    + " UNIQUE (" + String.join(", ", w.columns()) + ") in the target");
            return java.util.Optional.empty();
        }
        if (w.constraint() != null && !w.constraint().equals(w.name())) {
            d.refused.add(where + ": it backs constraint " + w.constraint() + " of another name");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Change.AddIndex(tgt.name(), w.columns(), w.unique(), w.name()));
    }

    /** Whether a recipe builds {@code w} as it is: a valid name, a btree on columns (no WHERE, INCLUDE, expression). */
    static boolean buildable(DiffContext d, LiveTable tgt, LiveIndex w) {
        if (!d.named(w.name(), "Index")) {
            return false;
        }
        if (!PLAIN.matcher(w.definition()).matches()
                || w.columns().stream().anyMatch(c -> tgt.column(c).isEmpty())) {
            d.refused.add("index " + w.name() + " of " + tgt.name() + " (" + w.definition() + "): kei builds btree"
                    + " indexes on columns, without WHERE, INCLUDE or expressions");
            return false;
        }
        return true;
    }
}
