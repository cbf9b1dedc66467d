package dev.kei.schema.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.schema.Entity;
import dev.kei.schema.Field;
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
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the three lexicon files themselves: that they load, and that what they say is consistent (one entry per
 * word, refs that can be met, no word both a noun and a closed-class word, ...), each failure listing every
 * offender; and how they are read: a broken line names its file and line, a word takes the first class listing it.
 */
class LexiconFilesTest {
    private static final Lexicon LEXICON = Lexicon.standard();
    private static final Set<String> SPECIAL_KINDS =
            Set.of(NounEntry.PERSON, NounEntry.RECORD, NounEntry.COLLECTION, NounEntry.MONEY, NounEntry.CONNECTOR);
    /**
     * Words both of a closed class and a verb form, told apart by position: "their own playlists" and "users own
     * pets"; "run experiments using instruments" (the experiments use them, a preposition there) and "users using".
     */
    private static final Set<String> BOTH_VERB_AND_CLOSED_WORD = Set.of("own", "using", "including");

    @Test
    void theFilesLoadIntoABroadLexicon() {
        assertTrue(LEXICON.nouns().size() >= 400, "nouns: " + LEXICON.nouns().size());
        assertTrue(LEXICON.verbs().size() >= 200, "verbs: " + LEXICON.verbs().size());
    }

    @Test
    void noWordIsClaimedByTwoEntries() {
        Map<String, String> claimedBy = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (NounEntry noun : LEXICON.nouns()) {
            for (String word : words(noun)) {
                String earlier = claimedBy.putIfAbsent(word, noun.entity().name());
                if (earlier != null) {
                    twice.add(word + " (" + earlier + ", " + noun.entity().name() + ")");
                }
            }
        }
        assertEquals(List.of(), twice);
    }

    @Test
    void noEntryListsItsOwnWordInAlso() {
        List<String> repeated = LEXICON.nouns().stream()
                .filter(n -> n.also().contains(n.word()))
                .map(n -> n.entity().name())
                .toList();
        assertEquals(List.of(), repeated);
    }

    @Test
    void everyRefAlternativeIsAClaimedNounOrADeclaredKind() {
        Set<String> kinds = LEXICON.kinds();
        List<String> unmet = new ArrayList<>();
        for (NounEntry noun : LEXICON.nouns()) {
            for (List<String> group : noun.refs()) {
                for (String alternative : group) {
                    if (!kinds.contains(alternative)
                            && LEXICON.noun(alternative).isEmpty()) {
                        unmet.add(noun.entity().name() + " -> " + alternative);
                    }
                }
            }
        }
        assertEquals(List.of(), unmet);
    }

    @Test
    void theSpecialKindsAreDeclaredAndNoKindMisspellsOne() {
        Set<String> kinds = LEXICON.kinds();
        assertTrue(kinds.containsAll(SPECIAL_KINDS), "declared kinds: " + kinds);
        List<String> nearMisses = new ArrayList<>();
        for (String kind : kinds) {
            for (String special : SPECIAL_KINDS) {
                boolean close = Words.singular(kind).equals(special) || distance(kind, special) <= 2;
                if (!kind.equals(special) && close) {
                    nearMisses.add(kind + " (" + special + "?)");
                }
            }
        }
        assertEquals(List.of(), nearMisses);
    }

    @Test
    void noFieldIsAKeyAReferenceOrAStandardColumn() {
        List<String> bad = new ArrayList<>();
        for (NounEntry noun : LEXICON.nouns()) {
            bad.addAll(standardColumns(noun.entity()));
        }
        for (VerbEntry verb : LEXICON.verbs()) {
            verb.association().ifPresent(e -> bad.addAll(standardColumns(e)));
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void noFieldIsNamedLikeOneOfItsEntrysRefs() {
        List<String> clashes = new ArrayList<>();
        for (NounEntry noun : LEXICON.nouns()) {
            for (List<String> group : noun.refs()) {
                for (String alternative : group) {
                    for (String field : noun.entity().fieldNames()) {
                        if (field.equals(alternative) || field.equals(alternative + "_id")) {
                            clashes.add(noun.entity().name() + "." + field);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void entryNamesArePlural() {
        List<String> singular = LEXICON.nouns().stream()
                .map(n -> n.entity().name())
                .filter(name -> !Words.plural(name).equals(name))
                .toList();
        assertEquals(List.of(), singular);
    }

    @Test
    void noNounWordIsAlsoAClosedClassWord() {
        List<String> both = new ArrayList<>();
        for (NounEntry noun : LEXICON.nouns()) {
            for (String word : words(noun)) {
                for (String form : new TreeSet<>(List.of(word, Words.plural(word)))) {
                    LEXICON.wordClass(form)
                            .ifPresent(c -> both.add(form + " (" + noun.entity().name() + ", " + c + ")"));
                }
            }
        }
        assertEquals(List.of(), both);
    }

    @Test
    void noVerbFormIsAlsoAClosedClassWord() {
        List<String> both = new ArrayList<>();
        for (VerbEntry verb : LEXICON.verbs()) {
            if (!verb.particle().isEmpty()) {
                continue; // a phrasal verb's forms are read only before its particle
            }
            for (String form : verb.forms()) {
                Optional<WordClass> wordClass = LEXICON.wordClass(form);
                if (wordClass.isPresent() && !BOTH_VERB_AND_CLOSED_WORD.contains(form)) {
                    both.add(form + " (" + verb.base() + ", " + wordClass.get() + ")");
                }
            }
        }
        assertEquals(List.of(), both);
    }

    @Test
    void everyVerbBaseAppearsOncePerParticle() {
        Map<String, Long> lines = LEXICON.verbs().stream()
                .collect(Collectors.groupingBy(v -> (v.base() + " " + v.particle()).strip(), Collectors.counting()));
        List<String> repeated = lines.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        assertEquals(List.of(), repeated);
    }

    @Test
    void associationEntitiesHavePluralNames() {
        List<String> singular = LEXICON.verbs().stream()
                .flatMap(v -> v.association().stream())
                .map(Entity::name)
                .filter(name -> !Words.plural(name).equals(name))
                .toList();
        assertEquals(List.of(), singular);
    }

    @Test
    void entriesAreFoundByTheirNameAlsoWordsAndCompounds() {
        assertEquals("order_items", nounNamed("order_lines"));
        assertEquals("order_items", nounNamed("line_item"));
        assertEquals("animals", nounNamed("pets"));
        assertEquals("people", nounNamed("person"));
        assertEquals("staff", nounNamed("staff"));
        assertEquals("stock_levels", nounNamed("stock"));
    }

    @Test
    void nounEntriesAreAlphabeticalWithinASection() {
        assertEquals(List.of(), outOfOrder("nouns.lexicon", "## ", line -> line.substring(0, line.indexOf('('))));
    }

    @Test
    void verbsAreAlphabeticalWithinASection() {
        assertEquals(List.of(), outOfOrder("verbs.lexicon", "# ", line -> line.split("[:\\[]|->")[0].strip()));
    }

    @Test
    void aWordBelongsToTheFirstClassThatListsItInTheFile() {
        Lexicon lexicon = Lexicon.of("books(title text!)", "write: parent", "[possessive]\nher\n[pronoun]\nher\n");
        assertEquals(Optional.of(WordClass.POSSESSIVE), lexicon.wordClass("her"));
    }

    @Test
    void anUnknownKeyIsReportedWithFileAndLine() {
        String message = nounsError("# a comment\n\nbooks(title text!)\n  als: novel\n");
        assertTrue(message.startsWith("nouns.lexicon:4: expected 'also:', 'is:' or 'refs:'"), message);
    }

    @Test
    void aWordThatIsNotLowerCaseIsReportedWithFileAndLine() {
        String message = nounsError("books(title text!)\n  also: Novel\n");
        assertTrue(message.startsWith("nouns.lexicon:2: 'Novel' is not a lower-case word"), message);
    }

    @Test
    void anIndentedLineWithNoEntryAboveIsReportedWithFileAndLine() {
        String message = nounsError("\n  also: novel\n");
        assertTrue(message.startsWith("nouns.lexicon:2: an indented line needs an entry above it"), message);
    }

    @Test
    void twoEntitiesOnALineAreReportedWithFileAndLine() {
        String message = nounsError("books(title text!)\nauthors(name text!), posts(title text!)\n");
        assertTrue(message.startsWith("nouns.lexicon:2: an entry is one entity"), message);
    }

    @Test
    void anEntryThatIsNotSchemaTextIsReportedWithFileAndLine() {
        String message = nounsError("books(title txt!)\n");
        assertTrue(message.startsWith("nouns.lexicon:1: "), message);
    }

    @Test
    void anUnknownLinkIsReportedWithFileAndLine() {
        String message = verbsError("write: parent\nread: parents\n");
        assertTrue(message.startsWith("verbs.lexicon:2: unknown link 'parents'"), message);
    }

    @Test
    void aVerbLineOutOfFormatIsReportedWithFileAndLine() {
        String message = verbsError("# verbs\nwrite parent\n");
        assertTrue(message.startsWith("verbs.lexicon:2: expected 'verb [particle]"), message);
    }

    @Test
    void aBrokenAssociationIsReportedWithFileAndLine() {
        String message = verbsError("borrow -> loans(due_on day!)\n");
        assertTrue(message.startsWith("verbs.lexicon:1: "), message);
    }

    @Test
    void wordsBeforeASectionAreReportedWithFileAndLine() {
        String message = wordsError("# words\na an the\n[determiner]\nthis\n");
        assertTrue(message.startsWith("words.lexicon:2: words before the first [section]"), message);
    }

    @Test
    void anUnknownSectionIsReportedWithFileAndLine() {
        String message = wordsError("[determiner]\na an\n[adverb]\nvery\n");
        assertTrue(message.startsWith("words.lexicon:3: unknown section [adverb]"), message);
    }

    @Test
    void aClosedClassWordThatIsNotLowerCaseIsReportedWithFileAndLine() {
        String message = wordsError("[determiner]\na An\n");
        assertTrue(message.startsWith("words.lexicon:2: 'An' is not a lower-case word"), message);
    }

    /** The entry's own word, then its also: words, each once. */
    private static Set<String> words(NounEntry noun) {
        Set<String> words = new LinkedHashSet<>();
        words.add(noun.word());
        words.addAll(new TreeSet<>(noun.also()));
        return words;
    }

    private static List<String> standardColumns(Entity entity) {
        return entity.fields().stream()
                .map(Field::name)
                .filter(f -> f.equals("id") || f.endsWith("_id") || f.equals("created_at") || f.equals("updated_at"))
                .map(f -> entity.name() + "." + f)
                .toList();
    }

    private static String nounNamed(String word) {
        return LEXICON.noun(word).map(n -> n.entity().name()).orElse("(none)");
    }

    private static String nounsError(String text) {
        return assertThrows(LexiconException.class, () -> LexiconReader.nouns("nouns.lexicon", text))
                .getMessage();
    }

    private static String verbsError(String text) {
        return assertThrows(LexiconException.class, () -> LexiconReader.verbs("verbs.lexicon", text))
                .getMessage();
    }

    private static String wordsError(String text) {
        return assertThrows(LexiconException.class, () -> LexiconReader.words("words.lexicon", text))
                .getMessage();
    }

    /** The entries of a shipped file that sort before the entry above them in the same section. */
    private static List<String> outOfOrder(String file, String sectionMark, Function<String, String> key) {
        List<String> wrong = new ArrayList<>();
        String previous = "";
        for (String line : resource(file).split("\n", -1)) {
            if (line.startsWith(sectionMark) || line.isBlank()) {
                previous = "";
            } else if (!line.startsWith("#") && !Character.isWhitespace(line.charAt(0))) {
                String current = key.apply(line);
                if (current.compareTo(previous) < 0) {
                    wrong.add(current + " after " + previous);
                }
                previous = current;
            }
        }
        return wrong;
    }

    private static String resource(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.FOLDER + file)) {
            assertNotNull(in, file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
