package dev.kei.sql;

import dev.kei.db.ColumnType;
import java.util.HashSet;
import java.util.Set;

/**
 * Text values fitted to a varchar's length (counted in characters, as PostgreSQL and MySQL count it) and, for a
 * UNIQUE column, kept distinct: a value that clashes with an earlier one gets a counter ({@code Winter Harbor 2},
 * {@code tide-3}), and only a varchar too short for that falls back to bare base-36 counters.
 */
final class SeedText {
    /** More attempts than any column's capacity (see {@link SeedDistinctValues#capacity}) can need. */
    private static final int MAX_ATTEMPTS = 1_000_000;

    private final int maxLength;
    private final Set<String> taken;

    SeedText(Column column, boolean unique) {
        ColumnType type = column.type();
        this.maxLength =
                type.kind() == ColumnType.Kind.VARCHAR && type.length() > 0 ? type.length() : Integer.MAX_VALUE;
        this.taken = unique ? new HashSet<>() : null;
    }

    int maxLength() {
        return maxLength;
    }

    /** The value as it goes into the column. */
    String accept(String value) {
        String fitted = fit(value, maxLength);
        if (taken == null || taken.add(fitted)) {
            return fitted;
        }
        // names read better as "Winter Harbor 2", codes and slugs as "tide-2"
        String separator = fitted.indexOf(' ') >= 0 ? " " : "-";
        for (int k = 2; k < MAX_ATTEMPTS; k++) {
            String suffix = separator + k;
            String candidate = maxLength > suffix.length()
                    ? fit(fitted, maxLength - suffix.length()) + suffix
                    : Integer.toString(k, 36);
            if (candidate.codePointCount(0, candidate.length()) <= maxLength && taken.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no distinct value left for a varchar(" + maxLength + ")");
    }

    /** The first {@code max} characters (code points, never half a pair), without trailing spaces. */
    static String fit(String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        String cut = value.substring(0, value.offsetByCodePoints(0, max)).stripTrailing();
        return cut.isEmpty() ? value.substring(0, value.offsetByCodePoints(0, max)) : cut;
    }
}
