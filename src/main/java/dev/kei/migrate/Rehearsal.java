package dev.kei.migrate;

import java.util.List;

/**
 * What a {@link Verifier} found on its throwaway database.
 *
 * @param files how many migrations ran up
 * @param tables the tables after the first up, the history table left out
 * @param catalogueEntries how many lines the catalogue had after the first up
 * @param seeded whether a seed ran after the up
 * @param reverted how many migrations were reverted, newest first
 * @param complete whether every migration was reverted (none is missing a down or IRREVERSIBLE)
 * @param leftAfterDown what the catalogue still held after every down (empty when {@code complete} is false)
 * @param upAgainDifferences how the schema after up, down, up again differs from the first (- first, + second)
 * @param upAgain whether up again ran
 */
public record Rehearsal(
        int files,
        List<String> tables,
        int catalogueEntries,
        boolean seeded,
        int reverted,
        boolean complete,
        List<String> leftAfterDown,
        List<String> upAgainDifferences,
        boolean upAgain) {
    public Rehearsal {
        tables = List.copyOf(tables);
        leftAfterDown = List.copyOf(leftAfterDown);
        upAgainDifferences = List.copyOf(upAgainDifferences);
    }

    /** Whether every check passed. */
    public boolean ok() {
        return leftAfterDown.isEmpty() && upAgainDifferences.isEmpty();
    }
}
