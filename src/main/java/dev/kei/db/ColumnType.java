package dev.kei.db;

import java.util.List;

/**
 * A column's logical type; each {@link Dialect} says how it is spelled. The kinds are contracts section 7's types,
 * plus the key types.
 *
 * @param kind what the column holds
 * @param length for {@code varchar(n)}
 * @param precision for {@code numeric(p,s)}
 * @param scale for {@code numeric(p,s)}
 * @param enumValues for {@code enum(a|b|c)}: the values a CHECK constraint allows
 */
public record ColumnType(Kind kind, int length, int precision, int scale, List<String> enumValues) {

    /** The logical types. */
    public enum Kind {
        TEXT,
        VARCHAR,
        INT,
        BIGINT,
        SMALLINT,
        BOOLEAN,
        UUID,
        DATE,
        TIMESTAMPTZ,
        NUMERIC,
        JSONB,
        BYTEA,
        ENUM
    }

    public ColumnType {
        enumValues = List.copyOf(enumValues);
    }

    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, 0, 0, 0, List.of());
    }
}
