package dev.kei.sql;

import java.util.List;
import java.util.Map;

/**
 * How many rows each table gets: the kind's budget, lowered where the table cannot hold that many. A UNIQUE NOT NULL
 * column holds at most its type's distinct values; a NOT NULL 1-1 reference at most one row per parent; a junction
 * table at most every pair once; a NOT NULL reference to a table without rows, none. Limits pass along references
 * (and around cycles), so the counts are lowered until nothing changes: each pass is linear in tables and foreign
 * keys, and in a schema without cycles the first pass already settles every table.
 */
final class SeedRowCounts {
    private SeedRowCounts() {}

    /** The row count of each table, in the order of {@code shapes}. */
    static int[] of(List<SeedTableShape> shapes, Map<String, Integer> position, SeedKind kind) {
        int n = shapes.size();
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] = ownLimit(shapes.get(i), kind);
        }
        boolean changed = true;
        for (int pass = 0; changed && pass <= n + 1; pass++) {
            changed = false;
            for (int i = 0; i < n; i++) {
                int limit = referenceLimit(shapes.get(i), i, counts, position);
                if (limit < counts[i]) {
                    counts[i] = limit;
                    changed = true;
                }
            }
        }
        return counts;
    }

    private static int ownLimit(SeedTableShape shape, SeedKind kind) {
        int limit = kind.maxRows(shape.table());
        for (Column c : shape.table().columns()) {
            boolean field = c.role() == Column.Role.FIELD || c.role() == Column.Role.TIMESTAMP;
            if (field && c.notNull() && shape.unique().contains(c.name())) {
                limit = Math.min(
                        limit, SeedDistinctValues.capacity(c, shape.allowed().getOrDefault(c.name(), List.of())));
            }
        }
        return limit;
    }

    private static int referenceLimit(SeedTableShape shape, int self, int[] counts, Map<String, Integer> position) {
        int limit = counts[self];
        for (ForeignKey fk : shape.references().values()) {
            int parent = parentOf(fk, shape, position);
            Column column = shape.columns().get(fk.column());
            if (parent == self || shape.isPairColumn(fk.column()) || !column.notNull()) {
                continue;
            }
            if (counts[parent] == 0 || shape.unique().contains(fk.column())) {
                limit = Math.min(limit, counts[parent]);
            }
        }
        if (shape.pair().isPresent()) {
            List<String> pair = shape.pair().get();
            int left = parentOf(shape.references().get(pair.get(0)), shape, position);
            int right = parentOf(shape.references().get(pair.get(1)), shape, position);
            limit = (int) Math.min(limit, SeedPairs.capacity(counts[left], counts[right], left == right));
        }
        return limit;
    }

    static int parentOf(ForeignKey fk, SeedTableShape shape, Map<String, Integer> position) {
        Integer parent = position.get(fk.refTable());
        if (parent == null) {
            throw new IllegalArgumentException("Table " + shape.table().name() + " references " + fk.refTable()
                    + " through " + fk.column() + ", but the schema has no table " + fk.refTable() + ".");
        }
        return parent;
    }
}
