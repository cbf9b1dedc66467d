package dev.kei.sql;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Distinct (left, right) row pairs for a junction table's composite key. A table paired with itself ({@code users
 * *-* users}) never pairs a row with itself. Linear in the pairs drawn, never in left × right.
 */
final class SeedPairs {
    private SeedPairs() {}

    /** How many distinct pairs there are. */
    static long capacity(int left, int right, boolean sameTable) {
        return sameTable ? (long) left * (left - 1) : (long) left * right;
    }

    /** {@code rows} distinct pairs, sorted by left then right; {@code [0]} holds the left rows, {@code [1]} the right. */
    static int[][] choose(SeedKind kind, int rows, int left, int right, boolean sameTable, SplittableRandom r) {
        long[] pairs = kind == SeedKind.RICH && rows * 2L < capacity(left, right, sameTable)
                ? sampled(rows, left, right, sameTable, r)
                : enumerated(kind, rows, left, right, sameTable, r);
        Arrays.sort(pairs);
        int[][] chosen = new int[2][rows];
        for (int i = 0; i < rows; i++) {
            chosen[0][i] = (int) (pairs[i] / right);
            chosen[1][i] = (int) (pairs[i] % right);
        }
        return chosen;
    }

    /** Random pairs, drawn until enough are distinct: cheap while at most half of all pairs are wanted. */
    private static long[] sampled(int rows, int left, int right, boolean sameTable, SplittableRandom r) {
        Set<Long> seen = new HashSet<>(rows * 2);
        long[] pairs = new long[rows];
        int n = 0;
        while (n < rows) {
            int a = r.nextInt(left);
            int b = r.nextInt(right);
            if ((!sameTable || a != b) && seen.add((long) a * right + b)) {
                pairs[n++] = (long) a * right + b;
            }
        }
        return pairs;
    }

    /**
     * Pairs in a fixed order: smoke walks the diagonals so every row on both sides is used; fixtures fill the first
     * left row's pairs first, so the second left row has none (an edge case); rich, wanting more than half of all
     * pairs, takes a random share of them.
     */
    private static long[] enumerated(
            SeedKind kind, int rows, int left, int right, boolean sameTable, SplittableRandom r) {
        long[] pairs = new long[rows];
        if (kind == SeedKind.RICH) {
            long[] all = new long[(int) capacity(left, right, sameTable)];
            int n = 0;
            for (int a = 0; a < left; a++) {
                for (int b = 0; b < right; b++) {
                    if (!sameTable || a != b) {
                        all[n++] = (long) a * right + b;
                    }
                }
            }
            // a partial Fisher-Yates: the first rows places hold a random choice
            for (int i = 0; i < rows; i++) {
                int j = i + r.nextInt(all.length - i);
                long t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            System.arraycopy(all, 0, pairs, 0, rows);
            return pairs;
        }
        int n = 0;
        for (long k = 0; n < rows; k++) {
            int a = (int) (kind == SeedKind.SMOKE ? k % left : k / right);
            int b = (int) (kind == SeedKind.SMOKE ? (k % left + k / left) % right : k % right);
            if (!sameTable || a != b) {
                pairs[n++] = (long) a * right + b;
            }
        }
        return pairs;
    }
}
