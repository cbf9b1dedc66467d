package dev.kei.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The runs of tables whose rows must be inserted together because a deferred foreign key (one of a cycle of NOT NULL
 * references) points forward: from the table holding it to the table it names, every table in between in the
 * schema's order belongs to the run, since the later table may need those in between. Overlapping runs merge.
 * Tables outside every run are inserted one by one.
 */
final class SeedCycles {
    private SeedCycles() {}

    /** A run: positions {@code first..last} in the schema's order, both included. */
    record Run(int first, int last) {}

    static List<Run> of(Schema schema, Map<String, Integer> position) {
        List<int[]> spans = new ArrayList<>();
        for (Schema.Deferred d : schema.deferredForeignKeys()) {
            Integer from = position.get(d.table());
            Integer to = position.get(d.foreignKey().refTable());
            if (from != null && to != null && !from.equals(to)) {
                spans.add(new int[] {Math.min(from, to), Math.max(from, to)});
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Run> runs = new ArrayList<>();
        int[] open = null;
        for (int[] span : spans) {
            if (open != null && span[0] <= open[1]) {
                open[1] = Math.max(open[1], span[1]);
            } else {
                if (open != null) {
                    runs.add(new Run(open[0], open[1]));
                }
                open = Arrays.copyOf(span, 2);
            }
        }
        if (open != null) {
            runs.add(new Run(open[0], open[1]));
        }
        return runs;
    }
}
