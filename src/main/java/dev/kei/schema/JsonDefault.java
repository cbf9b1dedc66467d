package dev.kei.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * Whether a {@code jsonb} default is a JSON document PostgreSQL reads: one value (RFC 8259, no NaN, no comments, no
 * single quotes) and nothing after it, with no {@code \u0000} and no unpaired surrogate in its strings.
 */
final class JsonDefault {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonDefault() {}

    /** Why {@code text} is no JSON document, or empty when it is one. */
    static Optional<String> problem(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Optional.of("it is empty");
            }
            int depth = 0;
            while (token != null) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    Optional<String> bad = badCharacter(parser.getText());
                    if (bad.isPresent()) {
                        return bad;
                    }
                }
                if (depth == 0) {
                    break;
                }
                token = parser.nextToken();
            }
            if (parser.nextToken() != null) {
                return Optional.of("there is more after the JSON value");
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of(reason(e));
        } catch (IOException e) {
            return Optional.of("it cannot be read");
        }
    }

    private static Optional<String> badCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return Optional.of("PostgreSQL's jsonb holds no \\u0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("a string holds an unpaired surrogate \\u" + Integer.toHexString(c));
            }
        }
        return Optional.empty();
    }

    private static String reason(JsonProcessingException e) {
        String what = e.getOriginalMessage();
        for (String cut : new String[] {"\n", " (start marker", " at [Source", ": was expecting"}) {
            int at = what.indexOf(cut);
            if (at >= 0) {
                what = what.substring(0, at);
            }
        }
        // Jackson's words for a person who wrote JSON by hand
        what = what.replaceFirst("^Unexpected character \\('(.+)' \\(code \\d+\\)\\)$", "unexpected '$1'")
                .replaceFirst("^Unrecognized token '(.*)'$", "unexpected '$1'")
                .replaceFirst("^Non-standard token '(.*)'.*$", "JSON has no $1")
                .replaceFirst("^Unexpected end-of-input.*$", "it ends before the value is closed");
        return what.length() > 100 ? what.substring(0, 100) + "..." : what;
    }
}
