package dev.kei.schema.intake;

import java.util.List;

/**
 * A noun phrase: the words that name a thing ({@code [adoption, applications]}), with what the phrase says around
 * them. {@code start} and {@code end} index the intake.
 *
 * @param nouns the naming words, adjectives and determiners dropped; the last one is the head
 * @param generic the head names the application ("app", "system"), not a thing it stores
 * @param attribute the head names a value ("emoji", "price"), not a thing of its own
 * @param singular introduced by "a", "an" or "one"
 * @param many introduced by "many", "multiple" or "several"
 */
record Phrase(
        List<String> nouns, boolean generic, boolean attribute, boolean singular, boolean many, int start, int end) {
    Phrase {
        nouns = List.copyOf(nouns);
    }

    String head() {
        return nouns.isEmpty() ? "" : nouns.get(nouns.size() - 1);
    }

    /** The phrase as an entity name: at most the last two naming words, the head plural ("meeting_rooms"). */
    String name() {
        List<String> kept = nouns.subList(Math.max(0, nouns.size() - 2), nouns.size());
        String head = Words.plural(kept.get(kept.size() - 1));
        return kept.size() == 2 ? kept.get(0) + "_" + head : head;
    }

    /** The word that names the application in a descriptive phrase: "farm" of "a farm management app". */
    String descriptorWord() {
        return generic ? nouns.get(0) : head();
    }
}
