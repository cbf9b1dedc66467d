package dev.kei.sql;

import java.util.List;
import java.util.Optional;

/**
 * A designed schema: its tables in creation order (every table after the tables it references), and the foreign
 * keys that cannot be created inline because their tables reference each other: they are added by
 * {@code ALTER TABLE} once every table exists.
 */
public record Schema(List<Table> tables, List<Deferred> deferredForeignKeys) {
    public Schema {
        tables = List.copyOf(tables);
        deferredForeignKeys = List.copyOf(deferredForeignKeys);
    }

    /**
     * The schema of {@code tables} in creation order (every table after those it references; the keys of tables that
     * reference each other deferred), the declared order kept among tables that are ready.
     */
    public static Schema ordered(List<Table> tables) {
        return DependencyOrder.of(tables);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** A foreign key of {@code table} added after all tables exist. */
    public record Deferred(String table, ForeignKey foreignKey) {}
}
