package dev.kei.sql;

/**
 * A single-column foreign key to another table's primary key.
 *
 * @param name the constraint's explicit name
 * @param column the referencing column
 * @param refTable the referenced table
 * @param refColumn the referenced column (its key)
 * @param onDelete what deleting the referenced row does
 */
public record ForeignKey(String name, String column, String refTable, String refColumn, OnDelete onDelete) {

    /**
     * ON DELETE actions: the designer chooses between CASCADE, RESTRICT and SET NULL (db-keys-and-indexes.md); NO
     * ACTION is PostgreSQL's default, which a key db-change added without an action has.
     */
    public enum OnDelete {
        NO_ACTION("NO ACTION"),
        CASCADE("CASCADE"),
        RESTRICT("RESTRICT"),
        SET_NULL("SET NULL");

        private final String sql;

        OnDelete(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }
}
