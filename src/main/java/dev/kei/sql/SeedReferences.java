package dev.kei.sql;

import java.util.SplittableRandom;

/**
 * Which parent row each row of a reference column points at, as a 0-based parent row or -1 for NULL. Parents are
 * rows of the referenced table, which the seed inserts first (or in the same cycle). A UNIQUE (1-1) reference gets
 * distinct parents; a self-reference points at an earlier row or is NULL, so the rows form a forest.
 */
final class SeedReferences {
    private SeedReferences() {}

    /**
     * @param rows this table's row count
     * @param parents the referenced table's row count
     * @param self whether the column references its own table
     */
    static int[] choose(
            SeedKind kind, int rows, int parents, boolean unique, boolean self, boolean nullable, SplittableRandom r) {
        int[] chosen = new int[rows];
        if (self) {
            for (int row = 0; row < rows; row++) {
                chosen[row] = selfParent(kind, row, unique, nullable, r);
            }
            return chosen;
        }
        int[] order = unique && kind == SeedKind.RICH ? shuffled(parents, r) : null;
        for (int row = 0; row < rows; row++) {
            if (parents == 0 || nullable && nullHere(kind, row, r)) {
                chosen[row] = -1;
            } else if (unique) {
                chosen[row] = row >= parents ? -1 : order == null ? row : order[row];
            } else {
                chosen[row] = switch (kind) {
                        // smoke uses every parent; fixtures leave the second parent without children, an edge case
                    case SMOKE -> row % parents;
                    case FIXTURES -> 0;
                    case RICH -> r.nextInt(parents);
                };
            }
        }
        return chosen;
    }

    private static int selfParent(SeedKind kind, int row, boolean unique, boolean nullable, SplittableRandom r) {
        if (!nullable && (unique || row == 0)) {
            return row; // a NOT NULL self-reference has no root: the row points at itself
        }
        if (row == 0) {
            return -1; // a root
        }
        if (kind != SeedKind.RICH) {
            return row - 1;
        }
        if (nullable && r.nextInt(4) == 0) {
            return -1;
        }
        // a chain keeps a UNIQUE self-reference distinct; otherwise any earlier row, which makes a tree
        return unique ? row - 1 : r.nextInt(row);
    }

    private static boolean nullHere(SeedKind kind, int row, SplittableRandom r) {
        return switch (kind) {
            case SMOKE -> false; // smoke uses every foreign key
            case FIXTURES -> row == 1;
            case RICH -> r.nextInt(100) < 15;
        };
    }

    /** 0..n-1 in a random order (Fisher-Yates). */
    static int[] shuffled(int n, SplittableRandom r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
