package dev.kei.migrate;

/**
 * How {@code up} runs.
 *
 * @param limit how many pending migrations to apply; 0 for all of them
 * @param allowDrift apply although an applied file was edited since it ran
 * @param outOfOrder apply a pending file older than the newest applied one (Flyway's {@code outOfOrder})
 * @param dryRun print what would run and change nothing
 * @param contract also apply contract steps ({@code -- kei:contract}) and what follows them
 */
public record UpOptions(int limit, boolean allowDrift, boolean outOfOrder, boolean dryRun, boolean contract) {
    public UpOptions {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    /** Without --contract: a contract step and what follows it are held back. */
    public UpOptions(int limit, boolean allowDrift, boolean outOfOrder, boolean dryRun) {
        this(limit, allowDrift, outOfOrder, dryRun, false);
    }

    /** Every pending migration up to the first contract step, in order, none older than what already ran. */
    public static UpOptions all() {
        return new UpOptions(0, false, false, false);
    }

    /** Every pending migration, contract steps too: for a throwaway database, which no application uses. */
    public static UpOptions withContractSteps() {
        return new UpOptions(0, false, false, false, true);
    }
}
