package dev.kei.schema;

import dev.kei.schema.DefaultValue.DefaultFunction;
import dev.kei.schema.Token.Kind;
import dev.kei.spelling.DidYouMean;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the literal after {@code =}: a number, a 'string', true, false, null, now() or gen_random_uuid(). */
final class DefaultParser {
    private static final String LITERALS = "a number, a 'quoted string', true, false, null, now() or gen_random_uuid()";
    private static final Map<String, String> FUNCTION_ALIASES = Map.of(
            "current_timestamp", "now()",
            "current_date", "now()",
            "localtimestamp", "now()",
            "uuid_generate_v4", "gen_random_uuid()",
            "random_uuid", "gen_random_uuid()");
    private static final List<String> WORDS = List.of("true", "false", "null", "now", "gen_random_uuid");

    private DefaultParser() {}

    /** Reads the token after {@code =}, which the caller has taken; {@code type} lets an enum value stand without quotes. */
    static DefaultValue value(TokenCursor cursor, FieldType type) throws SchemaTextException {
        Token token = cursor.peek();
        switch (token.kind()) {
            case MINUS:
                cursor.next();
                Token digits = cursor.peek();
                if (!digits.is(Kind.NUMBER)) {
                    throw digits.error("expected a number after '-', found " + digits.shown());
                }
                cursor.next();
                return new DefaultValue.NumberLiteral(new BigDecimal("-" + digits.text()));
            case NUMBER:
                cursor.next();
                return new DefaultValue.NumberLiteral(new BigDecimal(token.text()));
            case STRING:
                cursor.next();
                return new DefaultValue.StringLiteral(token.text());
            case NAME:
                return word(cursor, token, type);
            default:
                throw token.error("'=' needs a default after it: " + LITERALS + "; found " + token.shown());
        }
    }

    private static DefaultValue word(TokenCursor cursor, Token token, FieldType type) throws SchemaTextException {
        String word = token.text();
        cursor.next();
        switch (word) {
            case "true":
                return new DefaultValue.BooleanLiteral(true);
            case "false":
                return new DefaultValue.BooleanLiteral(false);
            case "null":
                return new DefaultValue.NullLiteral();
            default:
                break;
        }
        Optional<DefaultFunction> function = Arrays.stream(DefaultFunction.values())
                .filter(f -> f.functionName().equals(word))
                .findFirst();
        if (function.isPresent()) {
            if (!cursor.accept(Kind.OPEN) || !cursor.accept(Kind.CLOSE)) {
                throw token.error("write " + function.get().call() + " with empty parentheses");
            }
            return new DefaultValue.FunctionCall(function.get());
        }
        if (cursor.at(Kind.OPEN)) {
            throw token.error("unknown function " + Shown.quoted(word + "()") + "; a default may only call now() or"
                    + " gen_random_uuid()." + suggestion(word, type));
        }
        if (type.kind() == FieldType.Kind.ENUM) {
            if (type.enumValues().contains(word)) {
                // An enum value reads naturally without quotes; it is kept as the string it names.
                return new DefaultValue.StringLiteral(word);
            }
            throw token.error("default " + token.shown() + " is not one of the enum values "
                    + String.join("|", type.enumValues()) + "." + suggestion(word, type));
        }
        throw token.error(
                "default " + token.shown() + " is not a literal; write " + LITERALS + "." + suggestion(word, type));
    }

    private static String suggestion(String word, FieldType type) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (FUNCTION_ALIASES.containsKey(lower)) {
            return DidYouMean.sentence("'" + FUNCTION_ALIASES.get(lower) + "'");
        }
        if (type.kind() == FieldType.Kind.ENUM) {
            return Shown.didYouMean(word, type.enumValues());
        }
        return DidYouMean.nearest(word, WORDS)
                .map(w -> w.equals("now") || w.equals("gen_random_uuid") ? w + "()" : w)
                .map(w -> DidYouMean.sentence("'" + w + "'"))
                .orElse(" If it is text, quote it: " + Shown.quoted(word) + ".");
    }
}
