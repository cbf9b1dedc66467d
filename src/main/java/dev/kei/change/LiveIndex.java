package dev.kei.change;

import java.util.List;
import java.util.Objects;

/**
 * An index of a live table, including those behind PRIMARY KEY and UNIQUE constraints.
 *
 * @param name the index's name
 * @param columns its key columns in order (not INCLUDE columns): a column's name, or an expression as PostgreSQL
 *     prints it ({@code lower(email)}); without ordering or operator class
 * @param unique whether it is unique
 * @param primary whether it backs the primary key
 * @param constraint the PRIMARY KEY, UNIQUE or EXCLUDE constraint it backs, or null for a plain index
 * @param valid false for an index a failed {@code CREATE INDEX CONCURRENTLY} left INVALID
 * @param definition {@code pg_get_indexdef}: {@code CREATE INDEX posts_author_id_idx ON public.posts USING btree
 *     (author_id)}
 */
public record LiveIndex(
        String name,
        List<String> columns,
        boolean unique,
        boolean primary,
        String constraint,
        boolean valid,
        String definition) {
    public LiveIndex {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(definition, "definition");
    }

    /** Whether the index is valid and its key starts with {@code leading}, in that order. */
    public boolean startsWith(List<String> leading) {
        return valid
                && !leading.isEmpty()
                && columns.size() >= leading.size()
                && columns.subList(0, leading.size()).equals(leading);
    }
}
