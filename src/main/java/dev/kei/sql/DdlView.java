package dev.kei.sql;

import java.util.List;

/**
 * What {@code schema.sql.mustache} renders: every name already quoted for the dialect, every type and default
 * already spelled; the template adds the SQL around them. A null section value means "not here". {@code tables} is
 * built table by table while the template walks it, so a big schema never holds every line's view at once.
 */
record DdlView(
        String label,
        String summary,
        String enableForeignKeys,
        boolean transactionalDdl,
        Iterable<TableView> tables,
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

        static Line of(ColumnView column) {
            return new Line(column, null, null, null, null, ",");
        }

        static Line primaryKey(KeyView key) {
            return new Line(null, key, null, null, null, ",");
        }

        static Line of(ForeignKeyView foreignKey) {
            return new Line(null, null, foreignKey, null, null, ",");
        }

        static Line unique(KeyView key) {
            return new Line(null, null, null, key, null, ",");
        }

        static Line of(CheckView check) {
            return new Line(null, null, null, null, check, ",");
        }

        /** The last line inside CREATE TABLE: no comma after it. */
        Line last() {
            return new Line(column, primaryKey, foreignKey, unique, check, "");
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
