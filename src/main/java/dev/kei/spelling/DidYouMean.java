package dev.kei.spelling;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for every message kei prints: the known word nearest a mistyped one, when it is close enough
 * to be a typo. Case and surrounding blanks are ignored; an adjacent swap is one edit, and a prefix of three or more
 * characters counts as one edit ("Postgres" suggests "PostgreSQL").
 */
public final class DidYouMean {
    /** Longer inputs are not typos of a known word, and the distance table stays small. */
    private static final int MAX_INPUT = 256;

    private static final int MIN_PREFIX = 3;

    private DidYouMean() {}

    /** The closest candidate, in its own spelling, within a few edits; the first one listed wins a tie. */
    public static Optional<String> nearest(String input, Collection<String> candidates) {
        String typed = input.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || typed.length() > MAX_INPUT) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String known = candidate.toLowerCase(Locale.ROOT);
            int distance = typed.length() >= MIN_PREFIX && known.startsWith(typed) && !known.equals(typed)
                    ? 1
                    : distance(typed, known);
            if (distance <= allowed && distance < bestDistance && !candidate.equals(input)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " Did you mean 'x'?"} for the nearest candidate, or "" when none is near. */
    public static String hint(String input, Collection<String> candidates) {
        return nearest(input, candidates).map(s -> sentence("'" + s + "'")).orElse("");
    }

    /** {@code " Did you mean x?"} around a suggestion its caller has already quoted for display. */
    public static String sentence(String quotedSuggestion) {
        return " Did you mean " + quotedSuggestion + "?";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        if (b.length() > MAX_INPUT + a.length()) {
            return Integer.MAX_VALUE;
        }
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
