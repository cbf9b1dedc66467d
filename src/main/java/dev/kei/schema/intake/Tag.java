package dev.kei.schema.intake;

/** What a token does in its sentence, as {@link Tagger} decides from the lexicon and the neighbouring words. */
enum Tag {
    DETERMINER,
    PARTITIVE,
    POSSESSIVE,
    PRONOUN,
    PREPOSITION,
    CONJUNCTION,
    AUXILIARY,
    RELATIVE,
    ADJECTIVE,
    GENERIC,
    ATTRIBUTE,
    FILLER,
    NOUN,
    VERB,
    PARTICLE,
    COMMA,
    COLON,
    OWNS,
    STOP
}
