package dev.kei.schema.intake;

import java.util.List;
import java.util.Set;

/**
 * The words of an intake that describe the application rather than what it stores: "a parking garage: ...", "a blog
 * where ...", "an app tracking ...". They name no table; the word they give ("garage") becomes the reading's
 * descriptor, so that a thing nothing relates can be given to the application itself.
 */
final class AppDescription {
    /** A colon this early separates the description of the application from what it stores. */
    private static final int DESCRIPTION_WORDS = 12;

    private final Lexicon lexicon;
    private String descriptor;

    AppDescription(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the intake opens with a description ended by a colon: "a parking garage: ...". */
    static boolean colonEarly(List<Tagged> tagged) {
        for (int i = 0; i < Math.min(tagged.size(), DESCRIPTION_WORDS); i++) {
            if (tagged.get(i).tag() == Tag.COLON) {
                return true;
            }
            if (tagged.get(i).tag() == Tag.STOP) {
                return false;
            }
        }
        return false;
    }

    /** Whether what follows the first phrase makes it describe the application: "a blog where", "a clinic that tracks". */
    static boolean introducedBy(Object next) {
        if (next instanceof Tagged t) {
            return switch (t.tag()) {
                case RELATIVE, COLON -> true;
                case PREPOSITION -> Set.of("with", "for", "where", "to", "that", "including")
                        .contains(t.word());
                case VERB -> t.word().endsWith("ing");
                default -> false;
            };
        }
        return false;
    }

    void describe(Phrase phrase) {
        if (!phrase.nouns().isEmpty()) {
            String word = phrase.descriptorWord();
            if (!lexicon.is(word, WordClass.GENERIC)) {
                descriptor = word;
            }
        }
    }

    /** The word that names the application, or null while nothing has. */
    String descriptor() {
        return descriptor;
    }
}
