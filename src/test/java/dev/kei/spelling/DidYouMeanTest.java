package dev.kei.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "Did you mean ...?" for schema text and answers alike: close enough to be a typo, or nothing. */
class DidYouMeanTest {
    private static final List<String> DATABASES = List.of("PostgreSQL", "MySQL", "SQLite");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"MySLQ, MySQL", "Sqlite3, SQLite", "PostgresQL, PostgreSQL", "mysql, MySQL", "'  sqlite ', SQLite"})
    void aTypoSuggestsTheClosestCandidateInItsOwnSpelling(String input, String expected) {
        assertEquals(Optional.of(expected), DidYouMean.nearest(input, DATABASES));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Postgres, PostgreSQL", "post, PostgreSQL", "sqli, SQLite", "MYS, MySQL"})
    void aPrefixOfThreeOrMoreCharactersSuggestsTheCandidateItStarts(String input, String expected) {
        assertEquals(Optional.of(expected), DidYouMean.nearest(input, DATABASES));
    }

    @Test
    void aPrefixOfTwoCharactersIsNotEnough() {
        assertEquals(Optional.empty(), DidYouMean.nearest("po", DATABASES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oracle", "MongoDB", "x", "a completely different answer"})
    void farOffInputGetsNoSuggestion(String input) {
        assertEquals(Optional.empty(), DidYouMean.nearest(input, DATABASES));
    }

    @Test
    void longerInputToleratesMoreEdits() {
        assertEquals(Optional.of("relations"), DidYouMean.nearest("relashuns", List.of("entities", "relations")));
        assertEquals(Optional.empty(), DidYouMean.nearest("xyz", List.of("abc")));
    }

    @Test
    void anEqualDistanceGoesToTheEarlierCandidate() {
        assertEquals(Optional.of("ab"), DidYouMean.nearest("ax", List.of("ab", "ac")));
        assertEquals(Optional.of("ac"), DidYouMean.nearest("ax", List.of("ac", "ab")));
    }

    @Test
    void aPrefixCountsAsOneEditSoItTiesWithAOneLetterTypo() {
        assertEquals(Optional.of("ore"), DidYouMean.nearest("ord", List.of("ore", "orders")));
        assertEquals(Optional.of("orders"), DidYouMean.nearest("ord", List.of("orders", "ore")));
    }

    @Test
    void noCandidatesGiveNoSuggestion() {
        assertEquals(Optional.empty(), DidYouMean.nearest("db", List.of()));
    }

    @Test
    void didYouMeanIsASentenceWithALeadingSpace() {
        assertEquals(" Did you mean 'db'?", DidYouMean.hint("bd", List.of("db", "orm")));
    }

    @Test
    void didYouMeanIsEmptyWithoutASuggestion() {
        assertEquals("", DidYouMean.hint("colour", List.of("db", "orm")));
    }

    @Test
    void schemaWordsGetTheirNearestNameAndFarWordsNone() {
        assertEquals(Optional.of("books"), DidYouMean.nearest("boks", List.of("authors", "books")));
        assertEquals(Optional.of("books"), DidYouMean.nearest("Books", List.of("authors", "books")));
        assertEquals(Optional.of("isbn"), DidYouMean.nearest("isnb", List.of("title", "isbn")));
        assertEquals(Optional.empty(), DidYouMean.nearest("zebra", List.of("authors", "books")));
        assertEquals(Optional.of("ab"), DidYouMean.nearest("ac", List.of("ab", "ad")));
    }

    @Test
    void aVeryLongInputIsNoTypo() {
        assertEquals(Optional.empty(), DidYouMean.nearest("x".repeat(300), List.of("x")));
    }

    @Test
    void theInputItselfIsNeverSuggested() {
        assertEquals(Optional.empty(), DidYouMean.nearest("books", List.of("books")));
    }

    @Test
    void aSentenceWrapsASuggestionAlreadyQuoted() {
        assertEquals(" Did you mean 'a\\u0000b'?", DidYouMean.sentence("'a\\u0000b'"));
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"kitten, sitting, 3", "'', abc, 3", "abc, abc, 0", "ab, ba, 1", "isnb, isbn, 1", "ca, abc, 3"})
    void theEditDistanceCountsInsertionsDeletionsSubstitutionsAndAdjacentSwaps(String a, String b, int expected) {
        assertEquals(expected, DidYouMean.distance(a, b));
    }
}
