package dev.kei.change;

import java.util.List;

/**
 * One change to a schema that exists, of one of seed 004's ten types. The records hold what the user asked for,
 * with checked names, types and values; how it is made safely on a table of its size is a {@code Recipe}'s.
 */
public sealed interface Change {
    ChangeKind kind();

    /** The table it acts on (a rename of a table: the table's current name). */
    String table();

    /** Whether it deletes data, so needs an explicit confirmation (contracts section 10). */
    default boolean losesData() {
        return false;
    }

    /** One line for people: {@code add column users.nickname text}. */
    String describe();

    record AddColumn(String table, ColumnSpec column) implements Change {
        @Override
        public ChangeKind kind() {
            return ChangeKind.ADD_COLUMN;
        }

        @Override
        public String describe() {
            return "add column " + table + "." + column.name() + " " + column.type()
                    + (column.notNull() ? " not null" : "")
                    + (column.defaultValue() != null ? " default " + column.defaultValue() : "");
        }
    }

    record DropColumn(String table, String column) implements Change {
        @Override
        public ChangeKind kind() {
            return ChangeKind.REMOVE_COLUMN;
        }

        @Override
        public boolean losesData() {
            return true;
        }

        @Override
        public String describe() {
            return "remove column " + table + "." + column;
        }
    }

    /**
     * A change of one column's type, nullability or default; what is null stays as it is.
     *
     * @param type the new type, or null
     * @param notNull true for SET NOT NULL, false for DROP NOT NULL, null to leave it
     * @param defaultValue the new default, or null to leave it ({@link #dropDefault} drops it)
     * @param backfill the value rows that are null get before SET NOT NULL, or null (then no row may be null)
     */
    record ModifyColumn(
            String table,
            String column,
            SqlType type,
            Boolean notNull,
            SqlValue defaultValue,
            boolean dropDefault,
            SqlValue backfill)
            implements Change {
        @Override
        public ChangeKind kind() {
            return ChangeKind.MODIFY_COLUMN;
        }

        @Override
        public String describe() {
            StringBuilder s = new StringBuilder("modify column " + table + "." + column);
            if (type != null) {
                s.append(" type ").append(type);
            }
            if (notNull != null) {
                s.append(notNull ? " set not null" : " drop not null");
            }
            if (defaultValue != null) {
                s.append(" default ").append(defaultValue);
            }
            if (dropDefault) {
                s.append(" drop default");
            }
            return s.toString();
        }
    }

    /** @param name the index's name; kei names it {@code idx_<table>_<columns>} when the user gives none */
    record AddIndex(String table, List<String> columns, boolean unique, String name) implements Change {
        public AddIndex {
            columns = List.copyOf(columns);
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.ADD_INDEX;
        }

        @Override
        public String describe() {
            return "add " + (unique ? "unique " : "") + "index " + name + " on " + table + " ("
                    + String.join(", ", columns) + ")";
        }
    }

    record DropIndex(String table, String name) implements Change {
        @Override
        public ChangeKind kind() {
            return ChangeKind.REMOVE_INDEX;
        }

        @Override
        public String describe() {
            return "remove index " + name + " of " + table;
        }
    }

    /**
     * A new table.
     *
     * @param primaryKey its key columns (a bigint identity {@code id} when the plan names none)
     * @param indexes the indexes to build besides the key's
     * @param relations its foreign keys (each {@link AddRelation#table()} is this table)
     */
    record AddTable(
            String table,
            List<ColumnSpec> columns,
            List<String> primaryKey,
            List<AddIndex> indexes,
            List<AddRelation> relations)
            implements Change {
        public AddTable {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            indexes = List.copyOf(indexes);
            relations = List.copyOf(relations);
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.ADD_TABLE;
        }

        @Override
        public String describe() {
            return "add table " + table + " (" + columns.size() + " columns)";
        }
    }

    record DropTable(String table) implements Change {
        @Override
        public ChangeKind kind() {
            return ChangeKind.REMOVE_TABLE;
        }

        @Override
        public boolean losesData() {
            return true;
        }

        @Override
        public String describe() {
            return "remove table " + table;
        }
    }

    /**
     * A foreign key from {@code table (columns)} to {@code refTable (refColumns)}.
     *
     * @param onDelete {@code NO ACTION}, {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT} or {@code RESTRICT}
     * @param name the constraint's name; kei names it {@code fk_<table>_<columns>} when none is given
     */
    record AddRelation(
            String table, List<String> columns, String refTable, List<String> refColumns, String onDelete, String name)
            implements Change {
        public AddRelation {
            columns = List.copyOf(columns);
            refColumns = List.copyOf(refColumns);
        }

        @Override
        public ChangeKind kind() {
            return ChangeKind.ADD_RELATION;
        }

        @Override
        public String describe() {
            return "add relation " + name + ": " + table + " (" + String.join(", ", columns) + ") -> " + refTable + " ("
                    + String.join(", ", refColumns) + ")"
                    + (onDelete.equals("NO ACTION") ? "" : " on delete " + onDelete);
        }
    }

    /** @param name the constraint's name, as the catalogue has it (a plan may give its columns instead) */
    record DropRelation(String table, String name) implements Change {
        @Override
        public ChangeKind kind() {
            return ChangeKind.REMOVE_RELATION;
        }

        @Override
        public String describe() {
            return "remove relation " + name + " of " + table;
        }
    }

    /** A rename of the table, or of its {@code column} when that is not null, to {@code to}. */
    record Rename(String table, String column, String to) implements Change {
        @Override
        public ChangeKind kind() {
            return ChangeKind.RENAME;
        }

        @Override
        public String describe() {
            return "rename " + (column == null ? "table " + table : "column " + table + "." + column) + " to " + to;
        }
    }
}
