package dev.kei.sql;

import java.util.List;

/** What {@code down.sql.mustache} renders; names already quoted for the dialect. */
record DownView(
        String label,
        String migration,
        boolean transactionalDdl,
        List<Abort> aborts,
        List<ForeignKeyDrop> foreignKeyDrops,
        List<Drop> drops) {

    boolean hasForeignKeyDrops() {
        return !foreignKeyDrops.isEmpty();
    }

    boolean hasDrops() {
        return !drops.isEmpty();
    }

    /** The guard that replaces an irreversible table's DROP. */
    record Abort(String table, String statement) {}

    /** {@code action} is the dialect's ALTER TABLE action, e.g. {@code DROP FOREIGN KEY}. */
    record ForeignKeyDrop(String table, String action, String name) {}

    record Drop(String table, boolean cascade) {}
}
