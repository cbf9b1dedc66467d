package dev.kei.change;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of a live table.
 *
 * @param name the constraint's name
 * @param columns the referencing columns, in the key's order
 * @param refTable the referenced table (schema-qualified only when it is in another schema)
 * @param refColumns the referenced columns, in the key's order (the n-th references the n-th of {@code columns})
 * @param onDelete {@code NO ACTION}, {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT} or {@code RESTRICT}
 * @param validated false for a key added NOT VALID and not validated since
 * @param definition {@code pg_get_constraintdef}: {@code FOREIGN KEY (author_id) REFERENCES users(id)}
 */
public record LiveForeignKey(
        String name,
        List<String> columns,
        String refTable,
        List<String> refColumns,
        String onDelete,
        boolean validated,
        String definition) {
    public LiveForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(refTable, "refTable");
        refColumns = List.copyOf(refColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(definition, "definition");
    }

    /** The {@code ON DELETE} action of {@code pg_constraint.confdeltype}. */
    static String onDelete(String confdeltype) {
        return switch (confdeltype) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> throw new IllegalArgumentException("unknown confdeltype " + confdeltype);
        };
    }
}
