package dev.kei.lint;

/**
 * Seed 004's table-size bands: how big a table is decides how a change to it should be run. The boundaries are the
 * seed's (contracts section 11); what each band does to a finding's level is {@link Thresholds}'s.
 */
public enum Band {
    DIRECT("direct", "under 10K rows: a direct migration, the lock lasts under a second"),
    WINDOW("window", "10K-100K rows: a migration window, the lock lasts 1-10 seconds"),
    MAINTENANCE("maintenance", "100K-1M rows: a maintenance window, the lock lasts 10-60 seconds"),
    ONLINE("online", "over 1M rows: an online migration, the lock would last minutes");

    private final String label;
    private final String meaning;

    Band(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public static Band of(long rows) {
        if (rows < 10_000) {
            return DIRECT;
        }
        if (rows < 100_000) {
            return WINDOW;
        }
        return rows <= 1_000_000 ? MAINTENANCE : ONLINE;
    }

    /** {@code direct}, {@code window}, {@code maintenance} or {@code online}, as every report prints it. */
    public String label() {
        return label;
    }

    /** The seed's row range and advice for the band. */
    public String meaning() {
        return meaning;
    }
}
