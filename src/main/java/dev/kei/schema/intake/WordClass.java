package dev.kei.schema.intake;

/** The closed classes of words.lexicon: the words that are never things, and the few that never make tables. */
enum WordClass {
    /** a, the, each, many, their ...: start a noun phrase. */
    DETERMINER,
    /** kind, type, set, lot ...: before "of" they only quantify ("a list of books" names books). */
    PARTITIVE,
    /** in, of, for, with ...: link a noun phrase to what came before. */
    PREPOSITION,
    /** and, or. */
    CONJUNCTION,
    /** we, they, it ...: stand for a subject. */
    PRONOUN,
    /** their, its, his ...: "pets, their owners". */
    POSSESSIVE,
    /** is, are, can, will ...: carry a verb. */
    AUXILIARY,
    /** that, which, who, where: open a clause about the noun before. */
    RELATIVE,
    /** monthly, public, online ...: describe a thing, never name one. */
    ADJECTIVE,
    /** app, system, platform ...: name the application, never a table. */
    GENERIC,
    /** time, price, emoji ...: a value of a thing, never a table of its own. */
    ATTRIBUTE,
    /** not, also, only, then ...: carry nothing. */
    FILLER
}
