package dev.kei.change;

/**
 * A column to add, as a plan or an answer gives it.
 *
 * @param name its name
 * @param type its type
 * @param notNull whether it is NOT NULL
 * @param defaultValue its default for new rows, or null
 * @param unique whether its values must be unique
 * @param backfill the value existing rows get when it is NOT NULL without a default (or with a volatile one), or
 *     null: then the default fills them
 */
public record ColumnSpec(
        String name, SqlType type, boolean notNull, SqlValue defaultValue, boolean unique, SqlValue backfill) {
    public ColumnSpec {
        if (type == null) {
            throw new IllegalArgumentException("a column needs a type");
        }
    }

    /** A nullable column without default, uniqueness or backfill. */
    public static ColumnSpec plain(String name, SqlType type) {
        return new ColumnSpec(name, type, false, null, false, null);
    }

    /** What fills the existing rows: the backfill value, else a default, else nothing (null). */
    public SqlValue fill() {
        return backfill != null ? backfill : defaultValue;
    }
}
