package dev.kei.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contracts section 3: what AskUserQuestion takes, and every violation a skill author is shown. */
class PayloadContractTest {

    private static Option option(String label) {
        return new Option(label, "about " + label);
    }

    private static Question question(String text, String header, boolean multi, String... labels) {
        return new Question(
                text,
                header,
                multi,
                Stream.of(labels).map(PayloadContractTest::option).toList());
    }

    private static Question good(String text) {
        return question(text, "Database", false, "PostgreSQL (Recommended)", "MySQL", "SQLite");
    }

    private static List<String> violations(Question... questions) {
        return PayloadContract.violations(new Payload(List.of(questions)));
    }

    @Test
    void aGoodPayloadHasNoViolations() {
        assertEquals(List.of(), violations(good("Which database?")));
    }

    @Test
    void fourQuestionsWithTwoToFourOptionsAreFine() {
        assertEquals(
                List.of(),
                violations(
                        good("Which database?"),
                        question("Which ORM?", "ORM", false, "None (Recommended)", "Prisma", "Drizzle", "SQLAlchemy"),
                        question("How big?", "Scale", false, "Small (Recommended)", "Large"),
                        question("Which toppings?", "Toppings", true, "Cheese (Recommended)", "Olives")));
    }

    @Test
    void aPayloadWithoutQuestionsIsRejected() {
        assertEquals(List.of("a payload has 1 to 4 questions, this one has 0"), violations());
    }

    @Test
    void aPayloadWithFiveQuestionsIsRejected() {
        assertEquals(
                List.of("a payload has 1 to 4 questions, this one has 5"),
                violations(good("One?"), good("Two?"), good("Three?"), good("Four?"), good("Five?")));
    }

    @Test
    void aQuestionMustEndWithAQuestionMark() {
        assertEquals(List.of("question 1: the question text must end with '?'"), violations(good("Which database.")));
    }

    @Test
    void trailingSpacesAfterTheQuestionMarkAreFine() {
        assertEquals(List.of(), violations(good("Which database?  ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "?x"})
    void aBlankOrUnterminatedQuestionIsRejected(String text) {
        assertEquals(List.of("question 1: the question text must end with '?'"), violations(good(text)));
    }

    @Test
    void aMissingQuestionTextIsRejected() {
        assertEquals(List.of("question 1: the question text must end with '?'"), violations(good(null)));
    }

    @Test
    void aHeaderOfTwelveCharactersIsFine() {
        assertEquals(List.of(), violations(question("Which?", "Irreversible", false, "A", "B")));
    }

    @Test
    void aHeaderOfThirteenCharactersIsRejected() {
        assertEquals(
                List.of("question 1: the header must have 1 to 12 characters, got 'Irreversibles'"),
                violations(question("Which?", "Irreversibles", false, "A", "B")));
    }

    @Test
    void anEmptyHeaderIsRejected() {
        assertEquals(
                List.of("question 1: the header must have 1 to 12 characters, got ''"),
                violations(question("Which?", "", false, "A", "B")));
    }

    @Test
    void aQuestionWithOneOptionIsRejected() {
        assertEquals(List.of("question 1: 2 to 4 options, got 1"), violations(question("Which?", "H", false, "A")));
    }

    @Test
    void aQuestionWithFiveOptionsIsRejected() {
        assertEquals(
                List.of("question 1: 2 to 4 options, got 5"),
                violations(question("Which?", "H", false, "A", "B", "C", "D", "E")));
    }

    @Test
    void anOptionWithoutALabelIsRejected() {
        Question q = new Question("Which?", "H", false, List.of(option("A"), new Option(null, "no label")));
        assertEquals(List.of("question 1, option 2: needs a label and a description"), violations(q));
    }

    @Test
    void anOptionWithABlankLabelIsRejected() {
        Question q = new Question("Which?", "H", false, List.of(new Option(" ", "blank"), option("B")));
        assertEquals(List.of("question 1, option 1: needs a label and a description"), violations(q));
    }

    @Test
    void anOptionWithoutADescriptionIsRejected() {
        Question q = new Question("Which?", "H", false, List.of(option("A"), new Option("B", null)));
        assertEquals(List.of("question 1, option 2: needs a label and a description"), violations(q));
    }

    @Test
    void anOptionWithABlankDescriptionIsRejected() {
        Question q = new Question("Which?", "H", false, List.of(option("A"), new Option("B", "")));
        assertEquals(List.of("question 1, option 2: needs a label and a description"), violations(q));
    }

    @Test
    void onlyTheFirstOptionMayBeRecommended() {
        assertEquals(
                List.of("question 1: only the first option may be marked (Recommended)"),
                violations(question("Which?", "H", false, "A", "B (Recommended)")));
    }

    @Test
    void duplicateLabelsAreFoundWhateverTheirCase() {
        assertEquals(
                List.of("question 1: the label 'mysql' appears twice"),
                violations(question("Which?", "H", false, "MySQL", "mysql")));
    }

    @Test
    void duplicateLabelsAreFoundBehindTheRecommendedSuffix() {
        assertEquals(
                List.of("question 1: the label 'MySQL' appears twice"),
                violations(question("Which?", "H", false, "MySQL (Recommended)", "MySQL")));
    }

    @Test
    void aMultiSelectLabelHoldingTheAnswerSeparatorIsRejected() {
        assertEquals(
                List.of("question 1: the label 'Salt, pepper' holds ', ', which separates multi-select answers"),
                violations(question("Which spices?", "Spices", true, "Salt, pepper", "Chili")));
    }

    @Test
    void aCommaWithoutASpaceIsFine() {
        assertEquals(List.of(), violations(question("Which spices?", "Spices", true, "Salt,pepper", "Chili")));
    }

    @Test
    void duplicateQuestionTextsAreRejected() {
        assertEquals(
                List.of("question 2: the same question text appears twice"),
                violations(good("Which database?"), good("Which database?")));
    }

    @Test
    void aViolationNamesTheQuestionItIsIn() {
        assertEquals(
                List.of("question 3: 2 to 4 options, got 1"),
                violations(good("One?"), good("Two?"), question("Three?", "H", false, "A")));
    }

    @Test
    void everyViolationIsReportedAtOnceInOrder() {
        Question bad = question("No mark", "A header too long", false, "A", "a", "B", "C", "D (Recommended)");
        assertEquals(
                List.of(
                        "question 1: the question text must end with '?'",
                        "question 1: the header must have 1 to 12 characters, got 'A header too long'",
                        "question 1: 2 to 4 options, got 5",
                        "question 1: the label 'a' appears twice",
                        "question 1: only the first option may be marked (Recommended)"),
                violations(bad, good("Fine?")));
    }
}
