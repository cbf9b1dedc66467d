package dev.kei.change;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the parts of a diff share: both schemas, the mapping the rename answers make, which columns go through an
 * expand/contract swap (a rename, or a type change that rewrites) and what the diff cannot make, collected so that
 * one refusal names all of it.
 */
final class DiffContext {
    final LiveSchema current;
    final LiveSchema target;
    final SchemaMapping map;
    final List<String> refused = new ArrayList<>();
    /** {@code currentTable.currentColumn} of every column a swap recreates: renamed, or retyped with a rewrite. */
    final Set<String> swapped = new LinkedHashSet<>();

    DiffContext(LiveSchema current, LiveSchema target, SchemaMapping map) {
        this.current = current;
        this.target = target;
        this.map = map;
        for (var t : map.columns().entrySet()) {
            String currentTable = map.tables().get(t.getKey());
            for (var c : t.getValue().entrySet()) {
                LiveColumn cur =
                        current.tables().get(currentTable).column(c.getValue()).orElseThrow();
                LiveColumn tgt =
                        target.tables().get(t.getKey()).column(c.getKey()).orElseThrow();
                if (!c.getKey().equals(c.getValue()) || rewrites(cur.type(), tgt.type())) {
                    swapped.add(currentTable + "." + c.getValue());
                }
            }
        }
    }

    /** Whether changing {@code from} to {@code to} goes through {@link ColumnSwap} (a rewrite), not in place. */
    static boolean rewrites(String from, String to) {
        if (from.equals(to)) {
            return false;
        }
        try {
            return !SqlType.parse(from).widensWithoutRewrite(SqlType.parse(to));
        } catch (ChangeException e) {
            return true; // a type kei does not write is refused where the column is compared
        }
    }

    boolean swapped(String currentTable, String column) {
        return swapped.contains(currentTable + "." + column);
    }

    LiveTable currentTable(String name) {
        return current.tables().get(name);
    }

    LiveTable targetTable(String name) {
        return target.tables().get(name);
    }

    /** The target's name of current column {@code column} of {@code table}, empty when it is dropped. */
    Optional<String> targetColumn(String table, String column) {
        return map.targetColumn(table, column);
    }

    /** A name the target uses, checked as db-change checks every name; a bad one is refused, not quoted away. */
    boolean named(String name, String what) {
        try {
            Names.check(name, what);
            return true;
        } catch (ChangeException e) {
            refused.add(e.getMessage());
            return false;
        }
    }
}
