package dev.kei.schema.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What kei knows about the words of an intake, read from three files a contributor can extend without touching
 * Java: {@code nouns.lexicon} (things and their usual fields and references), {@code verbs.lexicon} (what a verb
 * between two things makes of them) and {@code words.lexicon} (the closed classes: determiners, prepositions, ...).
 */
public final class Lexicon {
    static final String FOLDER = "/dev/kei/schema/intake/";
    static final List<String> FILES = List.of("nouns.lexicon", "verbs.lexicon", "words.lexicon");

    private final List<NounEntry> nouns;
    private final List<VerbEntry> verbs;
    private final Map<String, NounEntry> nounByWord = new HashMap<>();
    private final Map<String, List<VerbEntry>> verbByForm = new HashMap<>();
    private final Map<String, WordClass> classOf = new HashMap<>();

    Lexicon(List<NounEntry> nouns, List<VerbEntry> verbs, Map<WordClass, Set<String>> words) {
        this.nouns = List.copyOf(nouns);
        this.verbs = List.copyOf(verbs);
        for (NounEntry noun : nouns) {
            nounByWord.putIfAbsent(noun.word(), noun);
            noun.also().forEach(w -> nounByWord.putIfAbsent(w, noun));
        }
        for (VerbEntry verb : verbs) {
            for (String form : verb.forms()) {
                verbByForm.computeIfAbsent(form, f -> new ArrayList<>()).add(verb);
            }
        }
        words.forEach((wordClass, set) -> set.forEach(w -> classOf.putIfAbsent(w, wordClass)));
    }

    /** The lexicon shipped with kei, read once; a broken file is a bug in kei and fails loudly with file and line. */
    public static Lexicon standard() {
        return Standard.LEXICON;
    }

    /** Reads a lexicon from three texts in the files' formats; {@code names} name them in errors. */
    static Lexicon of(String nounsText, String verbsText, String wordsText) {
        return new Lexicon(
                LexiconReader.nouns(FILES.get(0), nounsText),
                LexiconReader.verbs(FILES.get(1), verbsText),
                LexiconReader.words(FILES.get(2), wordsText));
    }

    public List<NounEntry> nouns() {
        return nouns;
    }

    public List<VerbEntry> verbs() {
        return verbs;
    }

    /** The entry for a word or snake_case name, singular or plural: {@code order_lines}, {@code copy}. */
    public Optional<NounEntry> noun(String word) {
        return Optional.ofNullable(nounByWord.get(Words.singular(word)));
    }

    /** The entry for a name, else for its last word: "adoption_applications" finds applications. */
    public Optional<NounEntry> nounOrHead(String name) {
        return noun(name).or(() -> noun(Words.head(name)));
    }

    /** The verbs {@code form} can be a form of, phrasal ones included. */
    List<VerbEntry> verbs(String form) {
        return verbByForm.getOrDefault(form, List.of());
    }

    Optional<WordClass> wordClass(String word) {
        return Optional.ofNullable(classOf.get(word));
    }

    boolean is(String word, WordClass wordClass) {
        return classOf.get(word) == wordClass;
    }

    /** Every kind some entry declares. */
    public Set<String> kinds() {
        Set<String> kinds = new LinkedHashSet<>();
        nouns.forEach(n -> kinds.addAll(n.kinds()));
        return kinds;
    }

    private static final class Standard {
        static final Lexicon LEXICON = load();

        private static Lexicon load() {
            List<String> texts = new ArrayList<>();
            for (String file : FILES) {
                try (InputStream in = Lexicon.class.getResourceAsStream(FOLDER + file)) {
                    if (in == null) {
                        throw new IllegalStateException("kei is missing its lexicon file " + FOLDER + file);
                    }
                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + FOLDER + file + ": " + e.getMessage(), e);
                }
            }
            return of(texts.get(0), texts.get(1), texts.get(2));
        }
    }
}
