package dev.kei.migrate;

/**
 * How {@code up} runs.
 *
 * @param limit how many pending migrations to apply; 0 for all of them
 * @param allowDrift apply although an applied file was edited since it ran
 * @param outOfOrder apply a pending file older than the newest applied one (Flyway's {@code outOfOrder})
 * @param dryRun print what would run and change nothing
 */
public record UpOptions(int limit, boolean allowDrift, boolean outOfOrder, boolean dryRun) {
    public UpOptions {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    /** Every pending migration, in order, none older than what already ran. */
    public static UpOptions all() {
        return new UpOptions(0, false, false, false);
    }
}
