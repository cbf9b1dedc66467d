package dev.kei.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "Did you mean ...?": close enough to be a typo, or nothing. */
class SuggestionsTest {
    private static final List<String> DATABASES = List.of("PostgreSQL", "MySQL", "SQLite");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"MySLQ, MySQL", "Sqlite3, SQLite", "PostgresQL, PostgreSQL", "mysql, MySQL", "'  sqlite ', SQLite"})
    void aTypoSuggestsTheClosestCandidateInItsOwnSpelling(String input, String expected) {
        assertEquals(Optional.of(expected), Suggestions.closest(input, DATABASES));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Postgres, PostgreSQL", "post, PostgreSQL", "sqli, SQLite", "MYS, MySQL"})
    void aPrefixOfThreeOrMoreCharactersSuggestsTheCandidateItStarts(String input, String expected) {
        assertEquals(Optional.of(expected), Suggestions.closest(input, DATABASES));
    }

    @Test
    void aPrefixOfTwoCharactersIsNotEnough() {
        assertEquals(Optional.empty(), Suggestions.closest("po", DATABASES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oracle", "MongoDB", "x", "a completely different answer"})
    void farOffInputGetsNoSuggestion(String input) {
        assertEquals(Optional.empty(), Suggestions.closest(input, DATABASES));
    }

    @Test
    void longerInputToleratesMoreEdits() {
        assertEquals(Optional.of("relations"), Suggestions.closest("relashuns", List.of("entities", "relations")));
        assertEquals(Optional.empty(), Suggestions.closest("xyz", List.of("abc")));
    }

    @Test
    void anEqualDistanceGoesToTheEarlierCandidate() {
        assertEquals(Optional.of("ab"), Suggestions.closest("ax", List.of("ab", "ac")));
        assertEquals(Optional.of("ac"), Suggestions.closest("ax", List.of("ac", "ab")));
    }

    @Test
    void aPrefixCountsAsOneEditSoItTiesWithAOneLetterTypo() {
        assertEquals(Optional.of("ore"), Suggestions.closest("ord", List.of("ore", "orders")));
        assertEquals(Optional.of("orders"), Suggestions.closest("ord", List.of("orders", "ore")));
    }

    @Test
    void noCandidatesGiveNoSuggestion() {
        assertEquals(Optional.empty(), Suggestions.closest("db", List.of()));
    }

    @Test
    void didYouMeanIsASentenceWithALeadingSpace() {
        assertEquals(" Did you mean 'db'?", Suggestions.didYouMean("bd", List.of("db", "orm")));
    }

    @Test
    void didYouMeanIsEmptyWithoutASuggestion() {
        assertEquals("", Suggestions.didYouMean("colour", List.of("db", "orm")));
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"kitten, sitting, 3", "'', abc, 3", "abc, abc, 0", "ab, ba, 2"})
    void theEditDistanceCountsInsertionsDeletionsAndSubstitutions(String a, String b, int expected) {
        assertEquals(expected, Suggestions.distance(a, b));
    }
}
