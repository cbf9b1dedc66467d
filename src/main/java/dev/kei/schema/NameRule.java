package dev.kei.schema;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for entity, field and enum-value names: lower snake_case ASCII, {@code [a-z][a-z0-9_]*}, at most 63
 * bytes. Nothing else can reach SQL, so a name can never carry a quote, a semicolon or a comment.
 */
public final class NameRule {
    /** PostgreSQL silently cuts identifiers (and enum labels) longer than this. */
    static final int MAX_BYTES = 63;

    private static final String RULE = "names are lower snake_case: a letter a-z, then a-z, 0-9 or _";

    private NameRule() {}

    /** Whether {@code name} may name an entity, a field or an enum value. */
    public static boolean isValid(String name) {
        return name != null && problem(name, "name").isEmpty();
    }

    /** Why {@code name} is not a valid name, phrased for a person; {@code role} says what it names. */
    static Optional<String> problem(String name, String role) {
        if (name.isEmpty()) {
            return Optional.of(role + " is empty; " + RULE);
        }
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int cp = name.codePointAt(i);
            boolean allowed = (cp >= 'a' && cp <= 'z') || (i > 0 && ((cp >= '0' && cp <= '9') || cp == '_'));
            if (!allowed) {
                boolean badStart = i == 0 && ((cp >= '0' && cp <= '9') || cp == '_');
                String reason = badStart ? "it must start with a letter a-z" : Shown.character(cp) + " is not allowed";
                return Optional.of(role + " " + Shown.quoted(name) + " is not a valid name: " + reason + "; " + RULE
                        + "." + Shown.didYouMean(repaired(name)));
            }
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of(role + " " + Shown.quoted(name) + " is " + bytes + " bytes long; names are at most "
                    + MAX_BYTES + " bytes. Shorten it.");
        }
        return Optional.empty();
    }

    /** Refuses an invalid name in code that builds drafts directly. */
    static String require(String name, String role) {
        if (name == null) {
            throw new IllegalArgumentException(role + " is missing");
        }
        problem(name, role).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return name;
    }

    /** A valid name close to {@code raw} ({@code BookShop} to {@code book_shop}, {@code café} to {@code cafe}). */
    static Optional<String> repaired(String raw) {
        String snake = raw.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        String ascii = Normalizer.normalize(snake, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]+", "_")
                .replaceAll("_+", "_")
                .replaceAll("^[_0-9]+|_+$", "");
        boolean usable = !ascii.isEmpty() && ascii.length() <= MAX_BYTES && !ascii.equals(raw);
        return usable ? Optional.of(ascii) : Optional.empty();
    }
}
