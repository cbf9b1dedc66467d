package dev.kei.schema;

import dev.kei.spelling.DidYouMean;
import java.util.Collection;
import java.util.Optional;

/** How user text appears inside an error message: quoted, clipped, with invisible characters made visible. */
final class Shown {
    /** Enough to recognise a name; a 200-byte name is not repeated in full. */
    private static final int MAX_CODE_POINTS = 40;

    private Shown() {}

    /** {@code 'text'}, clipped to 40 characters with an ellipsis. */
    static String quoted(String raw) {
        StringBuilder out = new StringBuilder("'");
        int count = 0;
        for (int i = 0; i < raw.length(); i = raw.offsetByCodePoints(i, 1)) {
            if (count++ == MAX_CODE_POINTS) {
                out.append('…');
                break;
            }
            int cp = raw.codePointAt(i);
            if (isVisible(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format("\\u%04X", cp));
            }
        }
        return out.append('\'').toString();
    }

    /** " Did you mean 'x'?" with the suggestion shown like any user text, or "" without one. */
    static String didYouMean(Optional<String> suggestion) {
        return suggestion.map(s -> DidYouMean.sentence(quoted(s))).orElse("");
    }

    /** " Did you mean 'x'?" for the candidate nearest {@code input}, or "". */
    static String didYouMean(String input, Collection<String> candidates) {
        return didYouMean(DidYouMean.nearest(input, candidates));
    }

    /** One character as a person can identify it: {@code '$'}, or {@code 'é' (U+00E9)}, or its Unicode name. */
    static String character(int cp) {
        String code = String.format("U+%04X", cp);
        if (cp >= 0x21 && cp < 0x7F) {
            return "'" + new String(Character.toChars(cp)) + "'";
        }
        if (isVisible(cp) && !Character.isWhitespace(cp)) {
            return "'" + new String(Character.toChars(cp)) + "' (" + code + ")";
        }
        String name = Character.getName(cp);
        return name == null ? code : code + " (" + name + ")";
    }

    private static boolean isVisible(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.UNASSIGNED:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
