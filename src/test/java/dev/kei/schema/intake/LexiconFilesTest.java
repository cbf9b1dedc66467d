package dev.kei.schema.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the lexicon files are read: a broken line names its file and line; a word takes the first class listing it. */
class LexiconFilesTest {
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
}
