package dev.kei.migrate;

/**
 * One row of {@code kei_schema_history}.
 *
 * @param version the migration's version
 * @param name its name
 * @param checksum SHA-256 of the up file when it ran
 * @param appliedAt when it ran (the database's clock, as text)
 * @param executionMs how long it took
 * @param success false while a statement-by-statement file has not finished (or failed)
 * @param step how many statement units of a statement-by-statement file have run
 * @param doneChecksum SHA-256 of the units that ran, so a resumed file must not have changed them
 */
public record HistoryRow(
        String version,
        String name,
        String checksum,
        String appliedAt,
        long executionMs,
        boolean success,
        int step,
        String doneChecksum) {}
