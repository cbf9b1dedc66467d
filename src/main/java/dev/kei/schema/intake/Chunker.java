package dev.kei.schema.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tagged tokens into what the reader walks: runs of determiners, adjectives and nouns become one
 * {@link Phrase}, every other token stays itself. The reader's rules speak of phrases ("copies of books"), so it
 * should never see the words a phrase is made of.
 */
final class Chunker {
    private static final Set<String> HAS_MANY = Set.of("many", "multiple", "several");

    private Chunker() {}

    /** Runs of determiners, adjectives and nouns become one {@link Phrase}; every other token stays itself. */
    static List<Object> chunk(List<Tagged> tagged) {
        List<Object> elements = new ArrayList<>();
        List<Tagged> run = new ArrayList<>();
        for (int i = 0; i < tagged.size(); i++) {
            Tagged t = tagged.get(i);
            boolean partitiveOf = t.tag() == Tag.PREPOSITION
                    && t.word().equals("of")
                    && !run.isEmpty()
                    && run.get(run.size() - 1).tag() == Tag.PARTITIVE;
            if (partitiveOf || inPhrase(t.tag())) {
                run.add(t);
                continue;
            }
            flush(run, elements);
            elements.add(t);
        }
        flush(run, elements);
        return elements;
    }

    private static boolean inPhrase(Tag tag) {
        return switch (tag) {
            case DETERMINER, ADJECTIVE, PARTITIVE, NOUN, GENERIC, ATTRIBUTE -> true;
            default -> false;
        };
    }

    private static void flush(List<Tagged> run, List<Object> elements) {
        if (run.isEmpty()) {
            return;
        }
        List<String> nouns = new ArrayList<>();
        Tag headTag = null;
        boolean singular = false;
        boolean many = false;
        for (Tagged t : run) {
            switch (t.tag()) {
                case NOUN, GENERIC, ATTRIBUTE -> {
                    nouns.add(t.word());
                    headTag = t.tag();
                }
                case DETERMINER -> {
                    singular |= nouns.isEmpty() && Set.of("a", "an", "one").contains(t.word());
                    many |= HAS_MANY.contains(t.word());
                }
                default -> {} // an adjective or a partitive names nothing: "monthly invoices" is invoices
            }
        }
        int start = run.get(0).token().start();
        int end = run.get(run.size() - 1).token().end();
        run.clear();
        if (nouns.isEmpty()) {
            elements.add(new Phrase(List.of(), false, false, singular, many, start, end));
            return;
        }
        elements.add(new Phrase(nouns, headTag == Tag.GENERIC, headTag == Tag.ATTRIBUTE, singular, many, start, end));
    }
}
