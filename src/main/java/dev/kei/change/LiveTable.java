package dev.kei.change;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of the current schema, as its catalogue says it is, with its size from the statistics.
 *
 * @param name the table's name as stored (unquoted)
 * @param rows the row estimate lint uses ({@link dev.kei.lint.PostgresCatalog}), never a {@code count(*)}
 * @param bytes the heap's size on disk
 * @param columns in attnum order, dropped columns left out
 * @param primaryKey the primary key's columns in key order; empty without one
 * @param foreignKeys the table's own foreign keys, by name
 * @param indexes every index on it, by name, those behind PRIMARY KEY and UNIQUE constraints too
 * @param checks its CHECK constraints, by name
 */
public record LiveTable(
        String name,
        long rows,
        long bytes,
        List<LiveColumn> columns,
        List<String> primaryKey,
        List<LiveForeignKey> foreignKeys,
        List<LiveIndex> indexes,
        List<LiveCheck> checks) {
    public LiveTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /** The column named {@code name} (as stored, case-sensitive). */
    public Optional<LiveColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Whether some valid index's key starts with {@code leadingColumns}, in that order. */
    public boolean indexed(List<String> leadingColumns) {
        return indexes.stream().anyMatch(i -> i.startsWith(leadingColumns));
    }

    /** The index named {@code name}. */
    public Optional<LiveIndex> index(String name) {
        return indexes.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The same table with rows and bytes zero: for comparing schemas, whose sizes differ between databases. */
    public LiveTable withoutSize() {
        return new LiveTable(name, 0, 0, columns, primaryKey, foreignKeys, indexes, checks);
    }
}
