package dev.kei.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntakeNounsTest {

    @Test
    void listsAfterWithAreSplitAtCommasAndAnd() {
        assertEquals(
                List.of("authors", "books", "gift_cards"),
                IntakeNouns.names("a bookshop with authors, books and gift cards"));
    }

    @Test
    void singularThingsAfterWithArePluralised() {
        assertEquals(List.of("comments", "categories"), IntakeNouns.names("a blog with comment and category"));
    }

    @Test
    void afterForAndOfOnlyPluralsCount() {
        assertEquals(List.of(), IntakeNouns.names("I need a database for my online shoe store"));
        assertEquals(List.of("invoices"), IntakeNouns.names("multi-tenant SaaS for invoices"));
        assertEquals(List.of("plants", "gardens"), IntakeNouns.names("a database of plants and gardens"));
        assertEquals(List.of(), IntakeNouns.names("booking app for a hair salon"));
    }

    @Test
    void phrasesStopAtClauseWordsAndPunctuation() {
        assertEquals(
                List.of("posts"),
                IntakeNouns.names("an app with posts where users can follow each other. Also nothing"));
        assertEquals(List.of("leads", "deals"), IntakeNouns.names("CRM to track leads and deals"));
        assertEquals(List.of("orders"), IntakeNouns.names("a shop with orders (and more)"));
    }

    @Test
    void articlesAndGenericWordsAreSkipped() {
        assertEquals(List.of(), IntakeNouns.names("a shop with a cart"));
        assertEquals(List.of("products"), IntakeNouns.names("with the products and some data and an app"));
    }

    @Test
    void hyphenatedWordsStayTogether() {
        assertEquals(List.of("x_rays", "e_books"), IntakeNouns.names("a clinic with x-rays and e-books"));
    }

    @Test
    void accentsAreFoldedAndOtherScriptsAreDropped() {
        assertEquals(List.of("cafes"), IntakeNouns.names("a guide with café"));
        assertEquals(List.of(), IntakeNouns.names("with пользователи"));
    }

    @ParameterizedTest
    @CsvSource({
        "category, categories",
        "box, boxes",
        "match, matches",
        "address, addresses",
        "person, people",
        "status, statuses",
        "quiz, quizzes",
        "shoe, shoes",
        "key, keys",
        "staff, staff",
        "movie, movies",
        "class, classes",
        "photo, photos"
    })
    void pluralsAndSingularsRoundTrip(String singular, String plural) {
        assertEquals(plural, EnglishPlural.plural(singular));
        assertEquals(plural, EnglishPlural.plural(plural));
        assertEquals(singular, EnglishPlural.singular(plural));
    }
}
