package dev.kei.sql;

import java.util.List;

/**
 * What {@code schema.sql.mustache} renders: every name already quoted for the dialect, every type and default
 * already spelled; the template adds the SQL around them. A null section value means "not here".
 */
record DdlView(
        String label,
        String summary,
        String enableForeignKeys,
        boolean transactionalDdl,
        List<TableView> tables,
        List<ForeignKeyView> deferred) {

    boolean hasDeferred() {
        return !deferred.isEmpty();
    }

    /** One CREATE TABLE with the indexes created right after it. */
    record TableView(String name, List<Line> lines, String options, List<IndexView> indexes) {}

    /** One line inside CREATE TABLE: exactly one of the parts is set; {@code comma} separates it from the next. */
    record Line(
            ColumnView column,
            KeyView primaryKey,
            ForeignKeyView foreignKey,
            KeyView unique,
            CheckView check,
            String comma) {

        Line withComma(String separator) {
            return new Line(column, primaryKey, foreignKey, unique, check, separator);
        }
    }

    /** {@code pad} aligns the types of one table in a column. */
    record ColumnView(String name, String pad, String type, boolean notNull, String defaultValue, String generated) {}

    record KeyView(String name, String columns) {}

    record ForeignKeyView(
            String table, String name, String column, String refTable, String refColumn, String onDelete) {}

    record CheckView(String name, String column, String values) {}

    record IndexView(String name, String table, String columns) {}
}
