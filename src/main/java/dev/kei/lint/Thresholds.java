package dev.kei.lint;

import java.util.Optional;

/**
 * What a table's size does to a size-dependent finding (one whose rule has a {@link Cost}): under {@code warnRows}
 * the statement is harmless and not reported, from {@code warnRows} it is a warning, from {@code errorRows} it has
 * its rule's level. The defaults follow seed 004: a direct migration under 10K rows, a migration window up to 100K,
 * beyond that a maintenance window or an online migration, which is what lint exists to insist on.
 */
public record Thresholds(long warnRows, long errorRows) {
    public static final long DEFAULT_WARN_ROWS = 10_000;
    public static final long DEFAULT_ERROR_ROWS = 100_000;

    public Thresholds {
        if (warnRows < 0 || errorRows < warnRows) {
            throw new IllegalArgumentException("thresholds need 0 <= warn rows <= error rows");
        }
    }

    public static Thresholds defaults() {
        return new Thresholds(DEFAULT_WARN_ROWS, DEFAULT_ERROR_ROWS);
    }

    /** The level of a finding of {@code rule} on a table of {@code impact}; empty when it is not worth reporting. */
    Optional<Level> level(Level rule, Impact impact) {
        if (impact.rows().isEmpty()) {
            return Optional.of(rule);
        }
        long rows = impact.rows().get();
        if (rows == 0 || rows < warnRows) { // an empty table is harmless whatever the settings
            return Optional.empty();
        }
        return Optional.of(rows < errorRows ? Level.WARNING : rule);
    }
}
