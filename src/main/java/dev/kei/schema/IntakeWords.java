package dev.kei.schema;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of an intake, folded for matching: lower case, accents dropped ({@code café} to {@code cafe}), singular.
 * Two neighbouring words also count joined, so {@code multi-tenant} matches {@code multitenant} and {@code help
 * desk} matches {@code helpdesk}.
 */
public final class IntakeWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final Pattern ASCII_WORD = Pattern.compile("[a-z0-9_]+");

    private IntakeWords() {}

    /** Lower case with accents dropped; other scripts pass through. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The ASCII words in order; a word in another script ends up as "" so that it still breaks a phrase. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String folded = fold(text);
        for (int i = 0; i < folded.length(); i = folded.offsetByCodePoints(i, 1)) {
            int cp = folded.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(ascii(word.toString()));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(ascii(word.toString()));
        }
        return words;
    }

    /** Singular words and joined pairs, for matching archetype keywords. */
    static Set<String> stems(String text) {
        List<String> words = words(text);
        Set<String> stems = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.isEmpty()) {
                continue;
            }
            stems.add(stem(word));
            if (i + 1 < words.size() && !words.get(i + 1).isEmpty()) {
                stems.add(stem(word + words.get(i + 1)));
            }
        }
        return stems;
    }

    /** How a keyword or intake word is compared: folded, letters and digits only, singular. */
    static String stem(String word) {
        return EnglishPlural.singular(NOT_ALPHANUMERIC.matcher(fold(word)).replaceAll(""));
    }

    /** The word when it is plain ASCII (letters, digits, joining underscores), else "". */
    public static String ascii(String word) {
        return ASCII_WORD.matcher(word).matches() ? word : "";
    }
}
