package dev.kei.change;

import dev.kei.lint.Band;
import java.util.List;
import java.util.Locale;

/**
 * The safety analysis shown before anything is written (issue 13, contracts section 10): the lock each step takes,
 * per the PostgreSQL documentation (ALTER TABLE, CREATE INDEX, explicit locking), and whether it is instant
 * (a catalogue change, a momentary lock), online (long work under a lock that lets reads and writes go on, or in
 * short batches) or the contract step that waits for the application.
 */
public final class Safety {
    private Safety() {}

    /** The heaviest lock the step's up takes and what it blocks, as one line. */
    public static String lock(Step step) {
        String sql = String.join("\n", step.up()).toUpperCase(Locale.ROOT);
        if (sql.contains("-- KEI:BACKFILL")) {
            return "ROW EXCLUSIVE and row locks, one short batch at a time: writers of a batch's rows wait for it only";
        }
        if (sql.contains(" CONCURRENTLY")) {
            return "SHARE UPDATE EXCLUSIVE while it builds or drops: reads and writes go on";
        }
        if (sql.contains("VALIDATE CONSTRAINT") && !sql.contains("SET NOT NULL")) {
            return "SHARE UPDATE EXCLUSIVE while it scans: reads and writes go on";
        }
        if (sql.contains("VALIDATE CONSTRAINT")) {
            return "SHARE UPDATE EXCLUSIVE for the scan, then ACCESS EXCLUSIVE for a moment (SET NOT NULL skips the"
                    + " scan)";
        }
        if (sql.contains("FOREIGN KEY") && sql.contains("NOT VALID")) {
            return "SHARE ROW EXCLUSIVE on both tables, for a moment: nothing is checked yet";
        }
        if (sql.contains("CREATE TABLE") && !sql.contains("DROP TABLE")) {
            return "none on existing tables (a new table; referenced tables get SHARE ROW EXCLUSIVE for a moment)";
        }
        if (sql.contains("CREATE TABLE") && sql.contains(" AS ")) {
            return "ACCESS SHARE while the rows are copied (writes go on), then ACCESS EXCLUSIVE for a moment";
        }
        return "ACCESS EXCLUSIVE for a moment (a catalogue change): queries on the table wait only that long";
    }

    /** {@code instant}, {@code online} or {@code contract}. */
    public static String approach(Step step) {
        if (step.contract() != null) {
            return "contract step (held back by up until --contract)";
        }
        String sql = String.join("\n", step.up()).toUpperCase(Locale.ROOT);
        boolean online =
                sql.contains(" CONCURRENTLY") || sql.contains("VALIDATE CONSTRAINT") || sql.contains("-- KEI:BACKFILL");
        return online ? "online" : "instant";
    }

    /**
     * Whether the change can delete data, so needs this run's confirmation (contracts section 10): dropping a column or
     * a table, or a type change that may not hold every value (anything but a binary-coercible widening, an integer
     * made wider, a number or text made text or unconstrained numeric).
     */
    public static boolean losesData(Change change, LiveSchema schema) {
        if (change.losesData()) {
            return true;
        }
        if (!(change instanceof Change.ModifyColumn m) || m.type() == null) {
            return false;
        }
        return schema.table(m.table())
                .flatMap(t -> t.column(m.column()))
                .map(c -> !keepsEveryValue(c.type(), m.type()))
                .orElse(false);
    }

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    private static boolean keepsEveryValue(String from, SqlType to) {
        SqlType old;
        try {
            old = SqlType.parse(from);
        } catch (ChangeException e) {
            return false;
        }
        if (old.widensWithoutRewrite(to) || to.sql().equals("text")) {
            return true;
        }
        int a = INTEGERS.indexOf(old.sql());
        int b = INTEGERS.indexOf(to.sql());
        if (a >= 0 && b >= a) {
            return true;
        }
        return a >= 0 && to.sql().equals("numeric");
    }

    /** A table's size in words: {@code ~1,200 rows, direct band}. */
    public static String size(LiveTable t) {
        return "~" + String.format(Locale.ROOT, "%,d", t.rows()) + " rows, "
                + Band.of(t.rows()).label() + " band";
    }

    /** The tables the changes touch that exist now, in the order the changes name them. */
    public static List<LiveTable> tables(List<Change> changes, LiveSchema schema) {
        return changes.stream()
                .map(Change::table)
                .distinct()
                .map(schema::table)
                .flatMap(java.util.Optional::stream)
                .toList();
    }
}
