package dev.kei.sql;

import dev.kei.db.ColumnType;
import java.util.List;

/**
 * A field or timestamp column as its value sources see it.
 *
 * @param table the table's name
 * @param entity what one row is, for recognisable values: {@code book} for {@code books}, {@code order-item} for
 *     {@code order_items}
 * @param column the column
 * @param flavour what the column's name says it holds
 * @param allowed the values its CHECK allows, empty if any value of the type will do
 */
record SeedColumn(String table, String entity, Column column, SeedFlavour flavour, List<String> allowed) {

    /** The column of {@code table}, whose rows are each one {@code entity} (the table's singular name). */
    static SeedColumn of(String table, String entity, Column column, List<String> allowed, SeedFlavour.Memo flavours) {
        return new SeedColumn(table, entity.replace('_', '-'), column, flavours.of(entity, column), allowed);
    }

    ColumnType type() {
        return column.type();
    }

    String name() {
        return column.name();
    }
}
