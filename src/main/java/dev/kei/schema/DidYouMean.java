package dev.kei.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the nearest known word to a mistyped one, by edit distance, for "Did you mean ...?" hints. */
final class DidYouMean {
    /** Longer inputs are not typos of a short keyword, and the distance table stays small. */
    private static final int MAX_INPUT = 256;

    private DidYouMean() {}

    /** The closest candidate within a few edits (case ignored); the first one listed wins a tie. */
    static Optional<String> nearest(String input, Collection<String> candidates) {
        if (input.isEmpty() || input.length() > MAX_INPUT) {
            return Optional.empty();
        }
        String typed = input.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance && !candidate.equals(input)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " Did you mean 'x'?" for the nearest candidate, or "" when none is near. */
    static String hint(String input, Collection<String> candidates) {
        return hint(nearest(input, candidates));
    }

    static String hint(Optional<String> suggestion) {
        return suggestion.map(s -> " Did you mean " + Shown.quoted(s) + "?").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
