package dev.kei.orm;

import java.util.List;

/**
 * One step of a change as a runner-neutral migration (what db-change writes as one kei-migrate pair), for an ORM that
 * keeps its own migration history to carry it as one of its revisions.
 *
 * @param slug the name part of kei's file: {@code add_books_subtitle}
 * @param what one line saying what the step does
 * @param up the up statements, each ending in a semicolon, with the comment lines right above it
 * @param down the down statements; ignored when {@code irreversible}
 * @param upOutsideTransaction the up runs statement by statement, outside a transaction (CONCURRENTLY, backfills)
 * @param downOutsideTransaction the same for the down
 * @param contract why this is the contract step of an expand/contract change (run only once the application moved
 *     to the new shape), or null
 * @param irreversible the down cannot be run: it must refuse, never guess
 */
public record OrmMigration(
        String slug,
        String what,
        List<String> up,
        List<String> down,
        boolean upOutsideTransaction,
        boolean downOutsideTransaction,
        String contract,
        boolean irreversible) {
    public OrmMigration {
        up = List.copyOf(up);
        down = List.copyOf(down);
    }
}
