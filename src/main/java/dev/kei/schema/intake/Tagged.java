package dev.kei.schema.intake;

/**
 * A token with its {@link Tag}; for a verb, the lexicon entry it was read as (null otherwise).
 *
 * @param passive for a verb: a past participle read as passive ("bottles stored in racks", "sessions that are paid")
 */
record Tagged(Token token, Tag tag, VerbEntry verb, boolean passive) {
    String word() {
        return token.word();
    }

    Tagged as(Tag other) {
        return new Tagged(token, other, null, false);
    }
}
