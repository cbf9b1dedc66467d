package dev.kei.change;

import java.util.Objects;

/**
 * One column of a live table, as PostgreSQL's catalogue prints it.
 *
 * @param name the column's name as stored (unquoted)
 * @param type {@code format_type()}: {@code character varying(100)}, {@code uuid}, {@code numeric(10,2)},
 *     {@code timestamp with time zone}
 * @param notNull whether the column is NOT NULL (a column fact, never a {@link LiveCheck})
 * @param defaultSql {@code pg_get_expr} of the default ({@code now()}, {@code 'active'::text}), or null; null too
 *     for a generated column, whose expression is no default
 * @param identity {@code ""}, {@code "always"} or {@code "by default"}
 */
public record LiveColumn(String name, String type, boolean notNull, String defaultSql, String identity) {
    public LiveColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identity, "identity");
    }

    /**
     * Whether the column is an identity column (GENERATED ALWAYS or BY DEFAULT AS IDENTITY). Not {@code isIdentity}:
     * the record is kept in a run's state as JSON, where a bean getter of that name would stand for the component.
     */
    public boolean identityColumn() {
        return !identity.isEmpty();
    }
}
