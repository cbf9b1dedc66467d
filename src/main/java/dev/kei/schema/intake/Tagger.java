package dev.kei.schema.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tags each token from the lexicon and its neighbours. The closed classes come straight from words.lexicon; a word
 * the verbs file knows is read as a verb only where a verb can stand (after its subject, an auxiliary or a relative
 * word, or continuing a list of verb phrases, with something after it that a verb takes), and as a noun everywhere
 * else, so "passengers book seats" has a verb and "books by authors" a noun. Any other word is a noun.
 */
final class Tagger {
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am");
    /** The words that make a phrasal verb of a verb no file knows: "drop off", "hand out". */
    private static final Set<String> PARTICLES = Set.of("up", "off", "out", "down", "away", "back", "over");

    private static final Set<String> OPENS_CLAUSE = Set.of("where", "when", "while", "whereby");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("them", "it", "us", "me", "him", "her", "each");

    private final Lexicon lexicon;

    Tagger(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Tagged> tag(List<Token> tokens) {
        List<Tagged> tagged = new ArrayList<>();
        boolean clauseHasVerb = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Tagged t = tagOne(tokens, i, tagged, clauseHasVerb);
            if (t.tag() == Tag.VERB) {
                clauseHasVerb = true;
                if (!t.verb().particle().isEmpty() && i + 1 < tokens.size()) {
                    tagged.add(t);
                    tagged.add(new Tagged(tokens.get(++i), Tag.PARTICLE, null, false));
                    continue;
                }
            } else if (t.tag() == Tag.STOP || t.tag() == Tag.COLON) {
                clauseHasVerb = false;
            }
            tagged.add(t);
        }
        return tagged;
    }

    private Tagged tagOne(List<Token> tokens, int i, List<Tagged> before, boolean clauseHasVerb) {
        Token token = tokens.get(i);
        switch (token.mark()) {
            case COMMA:
                return new Tagged(token, Tag.COMMA, null, false);
            case COLON:
                return new Tagged(token, Tag.COLON, null, false);
            case OWNS:
                return new Tagged(token, Tag.OWNS, null, false);
            case STOP:
                return new Tagged(token, Tag.STOP, null, false);
            default:
                break;
        }
        String word = token.word();
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (Character.isDigit(word.charAt(0))) {
            return new Tagged(token, Tag.DETERMINER, null, false);
        }
        Optional<WordClass> wordClass = lexicon.wordClass(word);
        Tagged prior = lastMeaningful(before);
        // "landlords own properties": a word of a closed class that is also a verb, where a verb stands
        boolean verbHere = wordClass.isPresent()
                && (wordClass.get() == WordClass.DETERMINER || wordClass.get() == WordClass.ADJECTIVE)
                && !lexicon.verbs(word).isEmpty()
                && prior != null
                && prior.tag() == Tag.NOUN
                && Words.looksPlural(prior.word())
                && objectAhead(next);
        if (wordClass.isPresent() && !verbHere) {
            Tag closed = Tag.valueOf(wordClass.get().name());
            if (closed != Tag.PARTITIVE || next != null && next.is("of")) {
                return new Tagged(token, closed, null, false);
            }
        }
        Tagged previous = lastMeaningful(before);
        Optional<VerbEntry> verb = verb(word, next);
        if (verb.isPresent() && readsAsVerb(word, verb.get(), previous, next, clauseHasVerb)) {
            return new Tagged(token, Tag.VERB, verb.get(), passive(word, verb.get(), previous, next));
        }
        if (verb.isEmpty()) {
            // "creators launch campaigns", "donors drop off donations": a word no file knows, where a verb stands
            Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
            boolean particle = next != null && PARTICLES.contains(next.word()) && objectAhead(after);
            if (unknownVerb(word, previous, particle ? after : next, clauseHasVerb)) {
                return new Tagged(
                        token,
                        Tag.VERB,
                        new VerbEntry(
                                word, particle ? next.word() : "", VerbEntry.Link.PARENT, Optional.empty(), List.of()),
                        false);
            }
        }
        return new Tagged(token, Tag.NOUN, null, false);
    }

    /** The phrasal entry whose particle comes next, else the plain entry. */
    private Optional<VerbEntry> verb(String word, Token next) {
        VerbEntry plain = null;
        for (VerbEntry entry : lexicon.verbs(word)) {
            if (entry.particle().isEmpty()) {
                plain = plain == null ? entry : plain;
            } else if (next != null && next.is(entry.particle())) {
                return Optional.of(entry);
            }
        }
        return Optional.ofNullable(plain);
    }

    private boolean readsAsVerb(String word, VerbEntry verb, Tagged previous, Token next, boolean clauseHasVerb) {
        boolean gerund = word.equals(VerbForms.gerund(verb.base())) && !word.equals(verb.base());
        boolean participle = verb.participle(word);
        boolean takesSomething = !verb.particle().isEmpty() || startsPhrase(next) || isPreposition(next);
        Tag before = previous == null ? Tag.STOP : previous.tag();
        if (before == Tag.RELATIVE && OPENS_CLAUSE.contains(previous.word())) {
            before = Tag.STOP; // "a blog where authors write": a subject comes first
        }
        switch (before) {
            case DETERMINER, POSSESSIVE, ADJECTIVE, OWNS, PARTITIVE, VERB, PARTICLE:
                return false;
            case PREPOSITION:
                // "to rate them", "to book rooms": an infinitive
                return previous.word().equals("to") && word.equals(verb.base()) && takesSomething;
            case NOUN, PRONOUN, RELATIVE, AUXILIARY, GENERIC:
                if (participle && (isPreposition(next) || ends(next))) {
                    return true;
                }
                if (before == Tag.NOUN && word.equals(verb.base()) && !canBePlural(previous.word())) {
                    return false; // "a shoe store with": a base form wants a plural subject ("shoes store")
                }
                if (gerund) {
                    return before == Tag.GENERIC || before == Tag.NOUN && startsPhrase(next) && !isGeneric(next);
                }
                return takesSomething || before != Tag.NOUN && before != Tag.GENERIC;
            case CONJUNCTION, COMMA:
                return clauseHasVerb && !gerund && takesSomething;
            default:
                // the start of a sentence: an imperative ("track workouts") only with a word that is no thing
                return lexicon.noun(word).isEmpty() && word.equals(verb.base()) && takesSomething;
        }
    }

    private boolean unknownVerb(String word, Tagged previous, Token next, boolean clauseHasVerb) {
        if (previous == null || lexicon.noun(word).isPresent() || Words.looksPlural(word) || gerund(word)) {
            return false;
        }
        if (!objectAhead(next)) {
            return false;
        }
        boolean continuing = previous.tag() == Tag.CONJUNCTION || previous.tag() == Tag.COMMA;
        boolean pluralSubject = previous.tag() == Tag.NOUN && canBePlural(previous.word())
                || previous.tag() == Tag.PRONOUN
                        && Set.of("we", "they", "i", "you").contains(previous.word());
        // "creators launch campaigns"; "follow each other and share photos" ("and meeting rooms" ends in -ing)
        return pluralSubject || continuing && clauseHasVerb;
    }

    /** "meeting", "tasting": -ing after a stem with a vowel ("bring" and "string" are no gerunds). */
    private static boolean gerund(String word) {
        return word.endsWith("ing") && word.substring(0, word.length() - 3).matches(".*[aeiouy].*");
    }

    /** A plural noun, or what starts a noun phrase before one: "campaigns", "monthly budgets", "their photos". */
    private boolean objectAhead(Token next) {
        if (!startsPhrase(next)) {
            return false;
        }
        Optional<WordClass> c = lexicon.wordClass(next.word());
        return c.isPresent() || Words.looksPlural(next.word());
    }

    private static boolean canBePlural(String word) {
        return Words.looksPlural(word) || Words.plural(word).equals(word);
    }

    private boolean passive(String word, VerbEntry verb, Tagged previous, Token next) {
        if (!verb.participle(word) || previous == null) {
            return false;
        }
        if (previous.tag() == Tag.AUXILIARY) {
            return BE.contains(previous.word());
        }
        return previous.tag() == Tag.NOUN && (isPreposition(next) || ends(next));
    }

    /** Whether a noun phrase (or an object pronoun) can start at {@code token}. */
    private boolean startsPhrase(Token token) {
        if (token == null || token.mark() != Token.Mark.WORD) {
            return false;
        }
        String word = token.word();
        if (OBJECT_PRONOUNS.contains(word) || Character.isDigit(word.charAt(0))) {
            return true;
        }
        Optional<WordClass> c = lexicon.wordClass(word);
        if (c.isPresent()) {
            return switch (c.get()) {
                case DETERMINER, POSSESSIVE, ADJECTIVE, PARTITIVE, ATTRIBUTE -> true;
                default -> false;
            };
        }
        return lexicon.noun(word).isPresent() || lexicon.verbs(word).isEmpty() || Words.looksPlural(word);
    }

    private boolean isPreposition(Token token) {
        return token != null && token.mark() == Token.Mark.WORD && lexicon.is(token.word(), WordClass.PREPOSITION);
    }

    private boolean isGeneric(Token token) {
        return token != null && token.mark() == Token.Mark.WORD && lexicon.is(token.word(), WordClass.GENERIC);
    }

    private boolean ends(Token token) {
        return token == null
                || token.mark() != Token.Mark.WORD
                || lexicon.is(token.word(), WordClass.CONJUNCTION)
                || lexicon.is(token.word(), WordClass.RELATIVE);
    }

    private static Tagged lastMeaningful(List<Tagged> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).tag() != Tag.FILLER) {
                return before.get(i);
            }
        }
        return null;
    }
}
