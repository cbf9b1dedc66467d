package dev.kei.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the things an intake lists, naively: the phrases after "with", "for", "of", "including", "track" ... split
 * at commas, "and" and "or", as plural snake_case names ("with authors, books and gift cards" gives authors, books,
 * gift_cards). After "for", "of", "track" and the like only plural phrases count, so "a database for my shoe store"
 * names nothing. A phrase starting with "a" or "an" describes rather than lists, and is skipped.
 */
final class IntakeNouns {
    /** A proposal is a starting point; a long list from a pasted document would only be noise. */
    static final int MAX_NOUNS = 8;

    private static final String COMMA = ",";
    private static final String BREAK = ".";
    private static final Set<String> OPEN_TRIGGERS =
            words("with including include includes containing contains featuring");
    private static final Set<String> PLURAL_TRIGGERS = words("for of track tracks tracking manage manages managing"
            + " has have having store stores storing list lists listing");
    private static final Set<String> CONJUNCTIONS = words("and or plus nor");
    private static final Set<String> BREAKERS = words("where that which who whom whose when while so to in on at by"
            + " from into using via through per than because but if is are was were be been can could will would"
            + " should must may might need needs want wants like such as etc about across over under between"
            + " without do does i we you they it also too then");
    private static final Set<String> DETERMINERS = words("the my our your their his her its some many multiple"
            + " several lots lot all any each every few various different other own more most much two three basic"
            + " simple new kind kinds type types sort");
    private static final Set<String> SINGULAR_ARTICLES = words("a an one");
    /** Words that name the app or its parts, not a thing it stores. */
    private static final Set<String> GENERIC = words("app application database db system platform site website web"
            + " service tool thing stuff data table schema feature way list page part information info everything"
            + " something anything other time purpose lot backend api project startup business company client mvp"
            + " prototype");

    private IntakeNouns() {}

    private static Set<String> words(String list) {
        return Set.of(list.split(" "));
    }

    /** The names the intake lists, in order, without repeats, at most {@link #MAX_NOUNS}. */
    static List<String> names(String intake) {
        List<String> tokens = tokens(intake);
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() && names.size() < MAX_NOUNS) {
            String trigger = tokens.get(i);
            boolean open = OPEN_TRIGGERS.contains(trigger);
            if (!open && !PLURAL_TRIGGERS.contains(trigger)) {
                i++;
                continue;
            }
            List<String> phrase = new ArrayList<>();
            int j = i + 1;
            for (; j < tokens.size(); j++) {
                String token = tokens.get(j);
                if (token.equals(COMMA) || CONJUNCTIONS.contains(token)) {
                    add(name(phrase, !open), names);
                    phrase = new ArrayList<>();
                } else if (token.equals(BREAK) || BREAKERS.contains(token) || isTrigger(token)) {
                    break;
                } else {
                    phrase.add(token);
                }
            }
            add(name(phrase, !open), names);
            i = j;
        }
        return names;
    }

    private static boolean isTrigger(String token) {
        return OPEN_TRIGGERS.contains(token) || PLURAL_TRIGGERS.contains(token);
    }

    private static void add(String name, List<String> names) {
        if (!name.isEmpty() && !names.contains(name) && names.size() < MAX_NOUNS) {
            names.add(name);
        }
    }

    /** The phrase as a plural snake_case name of at most two words, or "" when it names nothing usable. */
    private static String name(List<String> phrase, boolean pluralOnly) {
        if (phrase.isEmpty() || SINGULAR_ARTICLES.contains(phrase.get(0))) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String word : phrase) {
            boolean usable = word.length() >= 2 && Character.isLetter(word.charAt(0));
            if (usable && !DETERMINERS.contains(word)) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        List<String> kept = words.subList(Math.max(0, words.size() - 2), words.size());
        String head = kept.get(kept.size() - 1);
        if (head.length() < 3 || GENERIC.contains(EnglishPlural.singular(head))) {
            return "";
        }
        if (pluralOnly && !EnglishPlural.looksPlural(head)) {
            return "";
        }
        String name = kept.size() == 2 ? kept.get(0) + "_" + EnglishPlural.plural(head) : EnglishPlural.plural(head);
        return NameRule.isValid(name) ? name : "";
    }

    /** Words, commas and breaks; a word in another script becomes a break. */
    private static List<String> tokens(String intake) {
        String folded = IntakeWords.fold(intake);
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i = folded.offsetByCodePoints(i, 1)) {
            int cp = folded.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                continue;
            }
            boolean joins = cp == '-'
                    && word.length() > 0
                    && i + 1 < folded.length()
                    && Character.isLetterOrDigit(folded.codePointAt(i + 1));
            if (joins) {
                // "x-rays" is one thing: x_rays.
                word.append('_');
                continue;
            }
            flush(word, tokens);
            if (cp == ',' || cp == '/') {
                tokens.add(COMMA);
            } else if (cp == '&' || cp == '+') {
                tokens.add("and");
            } else if (!Character.isWhitespace(cp) && cp != '-' && cp != '\'' && cp != '\u2019') {
                tokens.add(BREAK);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            String ascii = IntakeWords.ascii(word.toString());
            tokens.add(ascii.isEmpty() ? BREAK : ascii);
            word.setLength(0);
        }
    }
}
