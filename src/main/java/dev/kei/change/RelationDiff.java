package dev.kei.change;

import java.util.ArrayList;
import java.util.List;

/**
 * The foreign-key changes. A current key stays when the target has it under the same name between the same
 * (renamed) tables and columns, none of which a swap recreates; every other is dropped first, before the tables and
 * columns it uses change, and the target's missing keys are added last, once the tables and columns they use are
 * there (by {@link RelationRecipes}: NOT VALID, then validated).
 */
final class RelationDiff {
    private RelationDiff() {}

    /** The keys to drop first, on the current names. */
    static List<Change> drops(DiffContext d) {
        List<Change> out = new ArrayList<>();
        for (LiveTable cur : d.current.tables().values()) {
            boolean tableDropped = d.map.targetTable(cur.name()).isEmpty();
            for (LiveForeignKey f : cur.foreignKeys()) {
                boolean refDropped = d.map.targetTable(f.refTable()).isEmpty();
                if (tableDropped && (!refDropped || f.refTable().equals(cur.name()))) {
                    continue; // it goes with its table
                }
                if (!kept(d, cur, f)) {
                    out.add(new Change.DropRelation(cur.name(), f.name()));
                }
            }
        }
        return out;
    }

    /** Whether {@code f} stays as it is. */
    static boolean kept(DiffContext d, LiveTable cur, LiveForeignKey f) {
        String table = d.map.targetTable(cur.name()).orElse(null);
        String ref = d.map.targetTable(f.refTable()).orElse(null);
        if (table == null || ref == null) {
            return false;
        }
        List<String> columns = new ArrayList<>();
        for (String c : f.columns()) {
            if (d.swapped(cur.name(), c)) {
                return false; // a swapped column cannot keep its key (ColumnSwap refuses it): dropped, added back
            }
            columns.add(d.targetColumn(cur.name(), c).orElse(null));
        }
        List<String> refColumns = new ArrayList<>();
        for (String c : f.refColumns()) {
            if (d.swapped(f.refTable(), c)) {
                return false;
            }
            refColumns.add(d.targetColumn(f.refTable(), c).orElse(null));
        }
        return d.targetTable(table).foreignKeys().stream()
                .anyMatch(g -> g.name().equals(f.name())
                        && g.columns().equals(columns)
                        && g.refTable().equals(ref)
                        && g.refColumns().equals(refColumns)
                        && g.onDelete().equals(f.onDelete()));
    }

    /** The target's keys the current schema does not keep, as relations to add. */
    static List<Change.AddRelation> adds(DiffContext d) {
        List<Change.AddRelation> out = new ArrayList<>();
        for (LiveTable tgt : d.target.tables().values()) {
            String cur = d.map.currentTable(tgt.name()).orElse(null);
            for (LiveForeignKey g : tgt.foreignKeys()) {
                boolean stays = cur != null
                        && d.currentTable(cur).foreignKeys().stream()
                                .anyMatch(f -> f.name().equals(g.name()) && kept(d, d.currentTable(cur), f));
                if (stays || !d.named(g.name(), "Foreign key")) {
                    continue;
                }
                String def = g.definition();
                if (def.contains(" ON UPDATE ") || def.contains(" MATCH ") || def.contains("DEFERRABLE")) {
                    d.refused.add("foreign key " + g.name() + " of " + tgt.name() + " (" + def + "): kei adds keys"
                            + " with ON DELETE only (no ON UPDATE, MATCH or DEFERRABLE)");
                    continue;
                }
                out.add(new Change.AddRelation(
                        tgt.name(), g.columns(), g.refTable(), g.refColumns(), g.onDelete(), g.name()));
            }
        }
        return out;
    }
}
