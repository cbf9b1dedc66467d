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

    /** The last word of a snake_case name: {@code requests} of {@code maintenance_requests}. */
    static String head(String name) {
        return name.substring(name.lastIndexOf('_') + 1);
    }

    static boolean looksPlural(String word) {
        return !singular(word).equals(word);
    }
}
