package dev.kei.db;

import java.util.List;

/**
 * How a seed inserts the rows of tables whose NOT NULL foreign keys form a cycle, so they get past the foreign keys.
 *
 * @param oneStatement whether one statement of data-modifying CTEs inserts them all (the foreign keys are checked when
 *     the statement ends); otherwise {@code before}, the INSERTs one table after the other, then {@code after}
 * @param before statements before the separate INSERTs
 * @param after statements after the separate INSERTs, ending what {@code before} began
 * @param note one line (no {@code --}) saying how the rows get past the foreign keys, for the file's reader
 */
public record CycleInsert(boolean oneStatement, List<String> before, List<String> after, String note) {
    public CycleInsert {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Every row of the cycle in one statement. */
    public static CycleInsert inOneStatement(String note) {
        return new CycleInsert(true, List.of(), List.of(), note);
    }

    /** One INSERT per table, between statements that let the references through. */
    public static CycleInsert between(List<String> before, List<String> after, String note) {
        return new CycleInsert(false, before, after, note);
    }
}
