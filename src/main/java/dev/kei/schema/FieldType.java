package dev.kei.schema;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A field's type from contracts section 7: {@code text varchar(n) int bigint smallint boolean uuid date timestamptz
 * numeric(p,s) jsonb bytea enum(a|b|c)}. Dialects map them; {@link #length()} is set only for varchar,
 * {@link #precision()} and {@link #scale()} only for numeric, {@link #enumValues()} only for enum.
 */
public record FieldType(Kind kind, int length, int precision, int scale, List<String> enumValues) {
    /** PostgreSQL's limits; a dialect with lower ones reports them when it renders. */
    static final int MAX_VARCHAR_LENGTH = 10_485_760;

    static final int MAX_NUMERIC_PRECISION = 1000;

    /** Every type as written in schema text, for error messages. */
    public static final String SUMMARY =
            Arrays.stream(Kind.values()).map(Kind::pattern).collect(Collectors.joining(", "));

    /** The kinds of type; {@link #keyword()} is how each is spelled in schema text. */
    public enum Kind {
        TEXT("text"),
        VARCHAR("varchar"),
        INT("int"),
        BIGINT("bigint"),
        SMALLINT("smallint"),
        BOOLEAN("boolean"),
        UUID("uuid"),
        DATE("date"),
        TIMESTAMPTZ("timestamptz"),
        NUMERIC("numeric"),
        JSONB("jsonb"),
        BYTEA("bytea"),
        ENUM("enum");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }

        /** The keyword with its arguments spelled out, as in {@code varchar(n)}. */
        public String pattern() {
            return switch (this) {
                case VARCHAR -> "varchar(n)";
                case NUMERIC -> "numeric(p,s)";
                case ENUM -> "enum(a|b|c)";
                default -> keyword;
            };
        }

        public static Optional<Kind> byKeyword(String keyword) {
            return Arrays.stream(values())
                    .filter(k -> k.keyword.equals(keyword))
                    .findFirst();
        }
    }

    public FieldType {
        Objects.requireNonNull(kind, "kind");
        enumValues = List.copyOf(enumValues);
        String problem = problem(kind, length, precision, scale, enumValues);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** A type without arguments: anything but varchar, numeric and enum. */
    public static FieldType of(Kind kind) {
        return new FieldType(kind, 0, 0, 0, List.of());
    }

    public static FieldType varchar(int length) {
        return new FieldType(Kind.VARCHAR, length, 0, 0, List.of());
    }

    public static FieldType numeric(int precision, int scale) {
        return new FieldType(Kind.NUMERIC, 0, precision, scale, List.of());
    }

    public static FieldType enumOf(List<String> values) {
        return new FieldType(Kind.ENUM, 0, 0, 0, values);
    }

    /** The canonical schema text, e.g. {@code varchar(13)} or {@code enum(draft|published)}. */
    public String toText() {
        return switch (kind) {
            case VARCHAR -> "varchar(" + length + ")";
            case NUMERIC -> "numeric(" + precision + "," + scale + ")";
            case ENUM -> "enum(" + String.join("|", enumValues) + ")";
            default -> kind.keyword();
        };
    }

    private static String problem(Kind kind, int length, int precision, int scale, List<String> values) {
        boolean hasLength = kind == Kind.VARCHAR;
        boolean hasPrecision = kind == Kind.NUMERIC;
        if (!hasLength && length != 0 || !hasPrecision && (precision != 0 || scale != 0)) {
            return "type " + kind.keyword() + " takes no length, precision or scale";
        }
        if (kind != Kind.ENUM && !values.isEmpty()) {
            return "type " + kind.keyword() + " takes no enum values";
        }
        if (hasLength && (length < 1 || length > MAX_VARCHAR_LENGTH)) {
            return "varchar length must be between 1 and " + MAX_VARCHAR_LENGTH + ", not " + length;
        }
        if (hasPrecision && (precision < 1 || precision > MAX_NUMERIC_PRECISION)) {
            return "numeric precision must be between 1 and " + MAX_NUMERIC_PRECISION + ", not " + precision;
        }
        if (hasPrecision && (scale < 0 || scale > precision)) {
            return "numeric scale must be between 0 and the precision " + precision + ", not " + scale;
        }
        if (kind == Kind.ENUM) {
            if (values.isEmpty()) {
                return "enum needs at least one value, e.g. enum(draft|published)";
            }
            for (String value : values) {
                NameRule.require(value, "enum value");
            }
            if (new HashSet<>(values).size() != values.size()) {
                return "enum values must be distinct: " + String.join("|", values);
            }
        }
        return null;
    }
}
