package dev.kei.lint;

import java.time.Duration;

/**
 * What a flagged statement does to every row of its table while it holds its lock: the work whose length grows
 * with the table, so what makes the same statement harmless on a lookup table and an outage on a big one. The
 * rates turn a table's size on disk into an estimated lock duration; they are deliberately low (a busy server on
 * network storage, not an idle laptop), so the estimate errs long.
 */
public enum Cost {
    /** Nothing that grows with the table (a rename, a drop): size does not change the verdict. */
    NONE("", 0),
    /** Reads every row (VALIDATE, SET NOT NULL, adding a valid CHECK or FOREIGN KEY). */
    SCAN("scans every row", 100L << 20),
    /** Writes a new copy of the table and its indexes (a rewriting type change or default). */
    REWRITE("rewrites the table", 20L << 20),
    /** Reads and sorts every row into a new index. */
    INDEX_BUILD("builds an index over every row", 30L << 20),
    /** Updates or deletes rows, holding each row's lock until the statement commits. */
    WRITE("writes every row it touches", 10L << 20);

    private final String work;
    private final long bytesPerSecond;

    Cost(String work, long bytesPerSecond) {
        this.work = work;
        this.bytesPerSecond = bytesPerSecond;
    }

    /** What the statement does, for the finding's size line: {@code scans every row}. */
    public String work() {
        return work;
    }

    /** How long the work takes on a table of {@code bytes} at this cost's rate; at least a millisecond. */
    Duration over(long bytes) {
        if (this == NONE) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.max(1, bytes * 1000 / bytesPerSecond));
    }
}
