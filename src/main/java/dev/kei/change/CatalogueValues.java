package dev.kei.change;

import dev.kei.db.ColumnType;
import dev.kei.db.SqlDefault;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL's catalogue prints, read back as kei's portable values: a {@code format_type} as a logical type, a
 * {@code pg_get_expr} default as a literal, an enum CHECK's array as its values. Anything else is empty: the caller
 * names what it cannot express.
 */
final class CatalogueValues {
    private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^']|'')*)'::(?:text|character varying)");
    private static final Pattern CAST_LITERAL = Pattern.compile("'((?:[^']|'')*)'(?:::([a-z ]+(?:\\([0-9,]+\\))?))?");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern VARCHAR = Pattern.compile("character varying\\(([0-9]+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\(([0-9]+),([0-9]+)\\)");

    private CatalogueValues() {}

    /** A type as {@code format_type} prints it, as a logical type; empty for one the model has not. */
    static Optional<ColumnType> type(String formatted) {
        Matcher varchar = VARCHAR.matcher(formatted);
        if (varchar.matches()) {
            return Optional.of(
                    new ColumnType(ColumnType.Kind.VARCHAR, Integer.parseInt(varchar.group(1)), 0, 0, List.of()));
        }
        Matcher numeric = NUMERIC.matcher(formatted);
        if (numeric.matches()) {
            return Optional.of(new ColumnType(
                    ColumnType.Kind.NUMERIC,
                    0,
                    Integer.parseInt(numeric.group(1)),
                    Integer.parseInt(numeric.group(2)),
                    List.of()));
        }
        ColumnType.Kind kind =
                switch (formatted) {
                    case "text" -> ColumnType.Kind.TEXT;
                    case "integer" -> ColumnType.Kind.INT;
                    case "bigint" -> ColumnType.Kind.BIGINT;
                    case "smallint" -> ColumnType.Kind.SMALLINT;
                    case "boolean" -> ColumnType.Kind.BOOLEAN;
                    case "uuid" -> ColumnType.Kind.UUID;
                    case "date" -> ColumnType.Kind.DATE;
                    case "timestamp with time zone" -> ColumnType.Kind.TIMESTAMPTZ;
                    case "jsonb" -> ColumnType.Kind.JSONB;
                    case "bytea" -> ColumnType.Kind.BYTEA;
                    default -> null;
                };
        return Optional.ofNullable(kind).map(ColumnType::of);
    }

    /** A default as {@code pg_get_expr} prints it, as a portable literal; empty for an expression. */
    static Optional<SqlDefault> defaultOf(String sql, ColumnType type) {
        switch (sql) {
            case "now()", "CURRENT_TIMESTAMP", "CURRENT_DATE":
                return Optional.of(new SqlDefault.Now());
            case "gen_random_uuid()":
                return Optional.of(new SqlDefault.RandomUuid());
            case "true", "false":
                return Optional.of(new SqlDefault.Bool(Boolean.parseBoolean(sql)));
            default:
                break;
        }
        if (sql.startsWith("NULL::") || sql.equals("NULL")) {
            return Optional.of(new SqlDefault.Null());
        }
        boolean numeric =
                switch (type.kind()) {
                    case INT, BIGINT, SMALLINT, NUMERIC -> true;
                    default -> false;
                };
        if (NUMBER.matcher(sql).matches()) {
            return numeric ? Optional.of(new SqlDefault.Number(new BigDecimal(sql))) : Optional.empty();
        }
        Matcher literal = CAST_LITERAL.matcher(sql);
        if (!literal.matches()) {
            return Optional.empty();
        }
        String text = literal.group(1).replace("''", "'");
        if (type.kind() == ColumnType.Kind.BYTEA) {
            return bytesAsText(text);
        }
        if (numeric) {
            return NUMBER.matcher(text).matches()
                    ? Optional.of(new SqlDefault.Number(new BigDecimal(text)))
                    : Optional.empty();
        }
        return Optional.of(new SqlDefault.Text(text));
    }

    /** A bytea literal in hex ({@code \\x616263}) as the text whose UTF-8 bytes it holds, as kei writes bytea defaults. */
    private static Optional<SqlDefault> bytesAsText(String literal) {
        if (!literal.matches("\\\\x([0-9a-f]{2})*")) {
            return Optional.empty();
        }
        byte[] bytes = java.util.HexFormat.of().parseHex(literal.substring(2));
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            return Optional.of(new SqlDefault.Text(
                    utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString()));
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty(); // bytes that are no text: the model writes bytea defaults as text
        }
    }

    /** The values of an enum CHECK's {@code ARRAY['a'::text, 'b'::text]}, or empty when it is anything else. */
    static List<String> enumValues(String array) {
        List<String> values = new ArrayList<>();
        Matcher m = ENUM_VALUE.matcher(array);
        int end = 0;
        while (m.find()) {
            if (!array.substring(end, m.start()).matches("(, )?")) {
                return List.of();
            }
            values.add(m.group(1).replace("''", "'"));
            end = m.end();
        }
        return end == array.length() ? values : List.of();
    }
}
