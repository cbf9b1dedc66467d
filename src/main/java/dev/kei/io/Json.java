package dev.kei.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON configuration kei uses, so every file and envelope is written the same way. */
public final class Json {
    /**
     * Strict on input (unknown fields, trailing tokens and a key given twice in one object are errors: no "last one
     * wins"), deterministic on output.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** Two-space indents, one value per line, {@code "key": value}: the layout people diff. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {}

    /** One line, for envelopes and JSON-lines output. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Indented with two spaces and ending in a newline, for files people read and diff. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses {@code text}; the message of the exception says where it broke, without echoing the input. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** The key an object gave twice, when that is what {@code e} is about. */
    public static java.util.Optional<String> duplicateKey(JsonProcessingException e) {
        java.util.regex.Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern DUPLICATE =
            java.util.regex.Pattern.compile("(?s)Duplicate (?:field|Object property) '(.*)'");

    /** A short, one-line description of a parse error: what was wrong and at which line and column. */
    public static String describe(JsonProcessingException e) {
        java.util.Optional<String> duplicate = duplicateKey(e);
        String what = duplicate.isPresent()
                ? "an object names '" + shorten(duplicate.get()) + "' more than once"
                : e.getOriginalMessage();
        int cut = what.indexOf('\n');
        if (cut >= 0) {
            what = what.substring(0, cut);
        }
        if (what.length() > 160) {
            what = what.substring(0, 160) + "...";
        }
        var at = e.getLocation();
        return at == null ? what : what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String shorten(String key) {
        return key.length() > 80 ? key.substring(0, 80) + "..." : key;
    }
}
