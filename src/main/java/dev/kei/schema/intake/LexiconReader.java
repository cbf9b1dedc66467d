package dev.kei.schema.intake;

import dev.kei.schema.Entity;
import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaText;
import dev.kei.schema.SchemaTextException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the three lexicon files; their formats are described at the top of each file. Every error names the file
 * and the line, since the files are meant to be edited by hand.
 */
final class LexiconReader {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern VERB =
            Pattern.compile("([a-z]+)(?: ([a-z]+))?(?: \\[([a-z ]+)])?\\s*(?::\\s*([a-z]+)|->\\s*(.+))");
    private static final Pattern SECTION = Pattern.compile("\\[([a-z]+)]");

    private LexiconReader() {}

    /** One numbered line of a file, comments and blank lines already dropped. */
    record Line(int number, String text, boolean indented) {}

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            int hash = line.indexOf('#');
            String kept = (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
            if (!kept.isBlank()) {
                lines.add(new Line(i + 1, kept.strip(), Character.isWhitespace(kept.charAt(0))));
            }
        }
        return lines;
    }

    /** nouns.lexicon: a line of schema text per entry, then indented {@code also:}, {@code is:}, {@code refs:}. */
    static List<NounEntry> nouns(String file, String text) {
        List<NounEntry> entries = new ArrayList<>();
        Entity entity = null;
        Set<String> also = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        List<List<String>> refs = new ArrayList<>();
        for (Line line : lines(text)) {
            if (!line.indented()) {
                if (entity != null) {
                    entries.add(new NounEntry(entity, also, kinds, refs));
                }
                entity = entity(file, line);
                also = new LinkedHashSet<>();
                kinds = new LinkedHashSet<>();
                refs = new ArrayList<>();
                continue;
            }
            if (entity == null) {
                throw new LexiconException(file, line.number(), "an indented line needs an entry above it");
            }
            int colon = line.text().indexOf(':');
            String key = colon < 0 ? "" : line.text().substring(0, colon).strip();
            String value = colon < 0 ? "" : line.text().substring(colon + 1);
            switch (key) {
                case "also" -> {
                    for (String word : words(file, line, value, ",")) {
                        also.add(Words.singular(word));
                    }
                }
                case "is" -> kinds.addAll(words(file, line, value, ","));
                case "refs" -> {
                    for (String group : value.split(",")) {
                        refs.add(words(file, line, group, "\\|"));
                    }
                }
                default -> throw new LexiconException(
                        file, line.number(), "expected 'also:', 'is:' or 'refs:', not '" + line.text() + "'");
            }
        }
        if (entity != null) {
            entries.add(new NounEntry(entity, also, kinds, refs));
        }
        return entries;
    }

    /** verbs.lexicon: {@code base [particle] [[forms]]: link} or {@code base [particle] [[forms]] -> entity}. */
    static List<VerbEntry> verbs(String file, String text) {
        List<VerbEntry> verbs = new ArrayList<>();
        for (Line line : lines(text)) {
            Matcher m = VERB.matcher(line.text());
            if (line.indented() || !m.matches()) {
                throw new LexiconException(
                        file,
                        line.number(),
                        "expected 'verb [particle] [[irregular forms]]: parent|child|many|list' or"
                                + " 'verb [particle] [[forms]] -> entity(fields)', not '" + line.text() + "'");
            }
            String particle = m.group(2) == null ? "" : m.group(2);
            if (m.group(4) != null) {
                VerbEntry.Link link = link(file, line, m.group(4));
                verbs.add(new VerbEntry(m.group(1), particle, link, Optional.empty(), forms(m.group(3))));
            } else {
                String schema = m.group(5).strip().replace("{object}", "object");
                Entity association = entity(file, new Line(line.number(), schema, false));
                verbs.add(new VerbEntry(
                        m.group(1), particle, VerbEntry.Link.ASSOCIATION, Optional.of(association), forms(m.group(3))));
            }
        }
        return verbs;
    }

    /**
     * words.lexicon: {@code [class]} headers, then that class's words, separated by spaces. The classes come back in
     * the order the file first names them, since a word belongs to the first class that lists it.
     */
    static Map<WordClass, Set<String>> words(String file, String text) {
        Map<WordClass, Set<String>> classes = new LinkedHashMap<>();
        WordClass current = null;
        for (Line line : lines(text)) {
            Matcher section = SECTION.matcher(line.text());
            if (section.matches()) {
                String name = section.group(1).toUpperCase(Locale.ROOT);
                current = Arrays.stream(WordClass.values())
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new LexiconException(
                                file,
                                line.number(),
                                "unknown section [" + section.group(1) + "]; the sections are "
                                        + Arrays.toString(WordClass.values()).toLowerCase(Locale.ROOT)));
                continue;
            }
            if (current == null) {
                throw new LexiconException(file, line.number(), "words before the first [section]");
            }
            classes.computeIfAbsent(current, c -> new LinkedHashSet<>()).addAll(words(file, line, line.text(), "\\s+"));
        }
        return classes;
    }

    private static List<String> forms(String forms) {
        return forms == null ? List.of() : List.of(forms.strip().split("\\s+"));
    }

    private static VerbEntry.Link link(String file, Line line, String word) {
        try {
            return VerbEntry.Link.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LexiconException(
                    file, line.number(), "unknown link '" + word + "'; use parent, child, many or list");
        }
    }

    private static Entity entity(String file, Line line) {
        try {
            SchemaDraft draft = SchemaText.parse(line.text());
            if (draft.entities().size() != 1 || !draft.relations().isEmpty()) {
                throw new LexiconException(file, line.number(), "an entry is one entity, e.g. 'loans(due_on date!)'");
            }
            return draft.entities().get(0);
        } catch (SchemaTextException e) {
            throw new LexiconException(file, line.number(), e.getMessage());
        }
    }

    private static List<String> words(String file, Line line, String value, String separator) {
        List<String> words = new ArrayList<>();
        for (String raw : value.split(separator)) {
            String word = raw.strip();
            if (word.isEmpty()) {
                continue;
            }
            if (!WORD.matcher(word).matches()) {
                throw new LexiconException(file, line.number(), "'" + word + "' is not a lower-case word");
            }
            words.add(word);
        }
        if (words.isEmpty()) {
            throw new LexiconException(file, line.number(), "no words after the key");
        }
        return words;
    }
}
