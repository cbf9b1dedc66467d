package dev.kei.schema.intake;

import dev.kei.schema.Inflection;

/** Singular and plural of one lower-case word or snake_case name, by kei's one set of English rules. */
final class Words {
    private Words() {}

    static String singular(String word) {
        return Inflection.singular(word);
    }

    static String plural(String word) {
        return Inflection.plural(word);
    }

    static boolean looksPlural(String word) {
        return !singular(word).equals(word);
    }
}
