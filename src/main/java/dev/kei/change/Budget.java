package dev.kei.change;

import java.time.Duration;

/**
 * How long the work of a step on a table of a given size may take, and whether a rollback that copies data back
 * fits seed 004's rule: a rollback completes in under five minutes. The rates are lint's deliberately low ones
 * ({@code dev.kei.lint.Cost}): a busy server on network storage, so the estimates err long.
 */
final class Budget {
    /** Seed 004: "Rollback must complete in < 5 minutes". */
    static final Duration ROLLBACK = Duration.ofMinutes(5);

    private static final long SCAN_BYTES_PER_SECOND = 100L << 20;
    private static final long BUILD_BYTES_PER_SECOND = 30L << 20;
    private static final long COPY_BYTES_PER_SECOND = 10L << 20;

    private Budget() {}

    /** A statement timeout for a scan of {@code bytes}: ten times the estimate, at least 15 minutes. */
    static Duration scan(long bytes) {
        return atLeast(Duration.ofSeconds(10 * bytes / SCAN_BYTES_PER_SECOND));
    }

    /** A statement timeout for an index build over {@code bytes}. */
    static Duration build(long bytes) {
        return atLeast(Duration.ofSeconds(10 * bytes / BUILD_BYTES_PER_SECOND));
    }

    /** How long copying {@code bytes} of rows back into a table takes (a rollback's work). */
    static Duration copy(long bytes) {
        return Duration.ofSeconds(bytes / COPY_BYTES_PER_SECOND);
    }

    /** Whether a rollback copying {@code bytes} back completes within {@link #ROLLBACK}. */
    static boolean restorable(long bytes) {
        return copy(bytes).compareTo(ROLLBACK) < 0;
    }

    private static Duration atLeast(Duration d) {
        return d.compareTo(Duration.ofMinutes(15)) < 0 ? Duration.ofMinutes(15) : d;
    }

    /** For instant catalogue changes, which wait only for their lock. */
    static Duration instant() {
        return Duration.ofMinutes(1);
    }
}
