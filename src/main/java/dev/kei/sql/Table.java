package dev.kei.sql;

import java.util.List;
import java.util.Optional;

/**
 * A table as kei designs it: columns, constraints, foreign keys and indexes, every one with its explicit name.
 *
 * @param name the validated identifier
 * @param columns in creation order: key, references, fields, timestamps
 * @param primaryKey the primary key
 * @param constraints UNIQUE and CHECK constraints
 * @param foreignKeys the foreign keys
 * @param indexes the indexes, every foreign-key column's among them (unless a key or constraint leads with it), and
 *     at a Growing or Large scale those of {@code LargeTableIndexes}
 * @param junction whether this is the junction table of a many-to-many relation
 */
public record Table(
        String name,
        List<Column> columns,
        Constraint.PrimaryKey primaryKey,
        List<Constraint> constraints,
        List<ForeignKey> foreignKeys,
        List<Index> indexes,
        boolean junction) {

    public Table {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
