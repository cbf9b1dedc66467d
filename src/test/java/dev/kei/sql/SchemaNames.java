package dev.kei.sql;

import java.util.Set;
import java.util.TreeSet;

/**
 * The names a schema gives its tables, constraints and indexes, to compare with a database's catalogue;
 * {@code indexColumns} holds each index as {@code name:col1,col2}, its columns in index order.
 */
record SchemaNames(
        Set<String> tables,
        Set<String> primaryKeys,
        Set<String> constraints,
        Set<String> indexes,
        Set<String> indexColumns) {

    /** The constraints other than primary keys: MySQL names every primary key PRIMARY. */
    Set<String> constraintsBesidesPrimaryKeys() {
        Set<String> out = new TreeSet<>(constraints);
        out.removeAll(primaryKeys);
        return out;
    }

    /** The catalogue's {@code name:col1,col2} rows of the schema's own indexes (not those behind keys). */
    Set<String> ownIndexColumns(Set<String> catalogue) {
        Set<String> out = new TreeSet<>();
        for (String row : catalogue) {
            if (indexes.contains(row.substring(0, row.indexOf(':')))) {
                out.add(row);
            }
        }
        return out;
    }

    static SchemaNames of(Schema schema) {
        Set<String> tables = new TreeSet<>();
        Set<String> primaryKeys = new TreeSet<>();
        Set<String> constraints = new TreeSet<>();
        Set<String> indexes = new TreeSet<>();
        Set<String> indexColumns = new TreeSet<>();
        for (Table t : schema.tables()) {
            tables.add(t.name());
            primaryKeys.add(t.primaryKey().name());
            constraints.add(t.primaryKey().name());
            t.constraints().forEach(c -> constraints.add(c.name()));
            t.foreignKeys().forEach(fk -> constraints.add(fk.name()));
            t.indexes().forEach(i -> indexes.add(i.name()));
            t.indexes().forEach(i -> indexColumns.add(i.name() + ":" + String.join(",", i.columns())));
        }
        schema.deferredForeignKeys().forEach(d -> constraints.add(d.foreignKey().name()));
        return new SchemaNames(tables, primaryKeys, constraints, indexes, indexColumns);
    }
}
