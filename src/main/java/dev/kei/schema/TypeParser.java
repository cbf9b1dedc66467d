package dev.kei.schema;

import dev.kei.schema.FieldType.Kind;
import dev.kei.spelling.DidYouMean;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a field's type, e.g. {@code text}, {@code varchar(13)}, {@code numeric(10,2)}, {@code enum(a|b)}. */
final class TypeParser {
    /** What people write from other databases and languages, with the section-7 type it becomes. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("integer", "int"),
            Map.entry("int4", "int"),
            Map.entry("serial", "int"),
            Map.entry("int8", "bigint"),
            Map.entry("long", "bigint"),
            Map.entry("bigserial", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("short", "smallint"),
            Map.entry("tinyint", "smallint"),
            Map.entry("string", "text"),
            Map.entry("str", "text"),
            Map.entry("char", "varchar(n)"),
            Map.entry("character", "varchar(n)"),
            Map.entry("bool", "boolean"),
            Map.entry("timestamp", "timestamptz"),
            Map.entry("datetime", "timestamptz"),
            Map.entry("time", "timestamptz"),
            Map.entry("decimal", "numeric(p,s)"),
            Map.entry("money", "numeric(p,s)"),
            Map.entry("float", "numeric(p,s)"),
            Map.entry("double", "numeric(p,s)"),
            Map.entry("real", "numeric(p,s)"),
            Map.entry("number", "numeric(p,s)"),
            Map.entry("json", "jsonb"),
            Map.entry("blob", "bytea"),
            Map.entry("binary", "bytea"),
            Map.entry("bytes", "bytea"),
            Map.entry("guid", "uuid"));

    private TypeParser() {}

    static FieldType type(TokenCursor cursor) throws SchemaTextException {
        Token name = cursor.next();
        Optional<Kind> kind = Kind.byKeyword(name.text());
        if (kind.isEmpty()) {
            throw name.error(unknownType(name.text()));
        }
        switch (kind.get()) {
            case VARCHAR:
                return FieldType.varchar(varcharLength(cursor, name));
            case NUMERIC:
                return numeric(cursor, name);
            case ENUM:
                return FieldType.enumOf(enumValues(cursor, name));
            default:
                if (cursor.at(Token.Kind.OPEN)) {
                    throw cursor.peek().error("type " + name.text() + " takes no arguments; remove the parentheses");
                }
                return FieldType.of(kind.get());
        }
    }

    private static int varcharLength(TokenCursor cursor, Token type) throws SchemaTextException {
        String usage = "varchar needs a length, e.g. varchar(255)";
        if (!cursor.accept(Token.Kind.OPEN)) {
            throw type.error(usage);
        }
        int length = whole(cursor, usage, 1, FieldType.MAX_VARCHAR_LENGTH, "varchar length");
        close(cursor, "varchar takes one number, its length, e.g. varchar(255)");
        return length;
    }

    private static FieldType numeric(TokenCursor cursor, Token type) throws SchemaTextException {
        String usage = "numeric needs a precision and a scale, e.g. numeric(10,2)";
        if (!cursor.accept(Token.Kind.OPEN)) {
            throw type.error(usage);
        }
        int precision = whole(cursor, usage, 1, FieldType.MAX_NUMERIC_PRECISION, "numeric precision");
        if (!cursor.accept(Token.Kind.COMMA)) {
            throw cursor.peek().error(usage);
        }
        Token scaleToken = cursor.peek();
        int scale = whole(cursor, usage, 0, FieldType.MAX_NUMERIC_PRECISION, "numeric scale");
        if (scale > precision) {
            throw scaleToken.error(
                    "numeric scale " + scale + " is larger than its precision " + precision + "; e.g. numeric(10,2)");
        }
        close(cursor, usage);
        return FieldType.numeric(precision, scale);
    }

    private static List<String> enumValues(TokenCursor cursor, Token type) throws SchemaTextException {
        String usage = "enum needs its values, e.g. enum(draft|published)";
        if (!cursor.accept(Token.Kind.OPEN)) {
            throw type.error(usage);
        }
        if (cursor.at(Token.Kind.CLOSE)) {
            throw cursor.peek().error(usage);
        }
        List<String> values = new ArrayList<>();
        while (true) {
            Token value = cursor.name("an enum value", "enum value");
            if (values.contains(value.text())) {
                throw value.error("enum value '" + value.text() + "' is listed twice");
            }
            values.add(value.text());
            if (cursor.accept(Token.Kind.CLOSE)) {
                return values;
            }
            Token separator = cursor.peek();
            if (separator.is(Token.Kind.COMMA)) {
                throw separator.error("separate enum values with '|', e.g. enum(draft|published)");
            }
            if (!cursor.accept(Token.Kind.PIPE)) {
                throw separator.error(
                        "expected '|' or ')' after the enum value '" + value.text() + "', found " + separator.shown());
            }
        }
    }

    private static int whole(TokenCursor cursor, String usage, int min, int max, String what)
            throws SchemaTextException {
        Token number = cursor.peek();
        if (!number.is(Token.Kind.NUMBER) || number.text().contains(".")) {
            throw number.error(usage);
        }
        BigInteger value = new BigInteger(number.text());
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw number.error(what + " must be between " + min + " and " + max + ", not " + number.text());
        }
        cursor.next();
        return value.intValueExact();
    }

    private static void close(TokenCursor cursor, String usage) throws SchemaTextException {
        if (!cursor.accept(Token.Kind.CLOSE)) {
            throw cursor.peek().error(usage);
        }
    }

    private static String unknownType(String written) {
        String problem = "unknown type " + Shown.quoted(written) + "; expected one of " + FieldType.SUMMARY + ".";
        String alias = ALIASES.get(written.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return problem + DidYouMean.sentence("'" + alias + "'");
        }
        List<String> keywords = Arrays.stream(Kind.values()).map(Kind::keyword).toList();
        Optional<String> near = DidYouMean.nearest(written, keywords);
        return problem
                + Shown.didYouMean(near.map(k -> Kind.byKeyword(k).orElseThrow().pattern()));
    }
}
