package dev.kei.lint;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How big the table a finding is about is, and so how long its lock would last: seed 004's band and an estimate.
 *
 * @param table the table, as the statement names it
 * @param rows its row estimate, or empty when nothing is known (no database, or not in it): then it is assumed large
 * @param band the band of {@code rows}, {@link Band#ONLINE} when assumed
 * @param lock the estimated time the lock is held for the work, or empty when the size is unknown
 * @param why where the size comes from, for people: {@code created earlier in this run}, {@code pg_class estimate}
 */
public record Impact(String table, Optional<Long> rows, Band band, Optional<Duration> lock, String why) {
    /** A table whose size is not known: contracts section 11 has every rule assume a large one. */
    static Impact assumedLarge(String table, String why) {
        return new Impact(table, Optional.empty(), Band.ONLINE, Optional.empty(), why);
    }

    static Impact measured(String table, long rows, long bytes, Cost cost, String why) {
        return new Impact(table, Optional.of(rows), Band.of(rows), Optional.of(cost.over(bytes)), why);
    }

    /** One line for the text report: {@code users: ~1,200,000 rows (online band; pg_class estimate), lock ~40 s}. */
    public String describe() {
        String size = rows.map(r -> String.format(Locale.ROOT, "~%,d rows", r)).orElse("size unknown, assumed large");
        String held = lock.map(d -> ", lock held ~" + Impact.human(d)).orElse("");
        return table + ": " + size + " (" + band.label() + " band; " + why + ")" + held;
    }

    /** As JSON and SARIF carry it: {@code {table, rows, band, lock_ms, source}}, rows and lock_ms null when unknown. */
    public java.util.Map<String, Object> toMap() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("table", table);
        m.put("rows", rows.orElse(null));
        m.put("band", band.label());
        m.put("lock_ms", lock.map(Duration::toMillis).orElse(null));
        m.put("source", why);
        return m;
    }

    /** {@code 850 ms}, {@code 12 s}, {@code 4 min}. */
    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 120_000) {
            return (ms + 500) / 1000 + " s";
        }
        return (ms + 30_000) / 60_000 + " min";
    }
}
