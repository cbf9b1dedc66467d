package dev.kei.migrate;

/**
 * One row of {@code kei_schema_history}.
 *
 * @param version the migration's version
 * @param name its name
 * @param checksum SHA-256 of the up file when it ran
 * @param appliedAt when it ran (the database's clock, as text)
 * @param executionMs how long it took
 * @param success false while a statement-by-statement file has not finished (or failed), or its down has not
 * @param step how many statement units of a statement-by-statement file have run; while its statement-by-statement
 *     down is under way, minus how many units of the down have run
 * @param doneChecksum SHA-256 of the units that ran (of the down's, while reverting), so a resumed file must not have
 *     changed them
 */
public record HistoryRow(
        String version,
        String name,
        String checksum,
        String appliedAt,
        long executionMs,
        boolean success,
        int step,
        String doneChecksum) {

    /** Whether a statement-by-statement down of this migration stopped part-way. */
    public boolean reverting() {
        return step < 0;
    }

    /** How many units of its down have run (0 unless {@link #reverting()}). */
    public int revertedUnits() {
        return reverting() ? -step : 0;
    }
}
