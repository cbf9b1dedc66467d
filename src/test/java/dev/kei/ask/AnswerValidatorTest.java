package dev.kei.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contracts section 4: which AskUserQuestion results are accepted, and what a rejection says. */
class AnswerValidatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Free text for the test: letters, spaces and commas only, stored in lower case; remembers what it was given. */
    private static final class WordReader implements FreeTextReader {
        final List<String> seen = new ArrayList<>();
        final List<Context> contexts = new ArrayList<>();

        @Override
        public String name() {
            return "words";
        }

        @Override
        public String read(String text, Context context) throws InvalidFreeTextException {
            seen.add(text);
            contexts.add(context);
            if (!text.matches("[A-Za-z ,]+")) {
                throw new InvalidFreeTextException(
                        "'" + text + "' holds something other than letters.", "Write a name like margherita.");
            }
            return text.toLowerCase();
        }
    }

    private record FixedContext(String intake) implements FreeTextReader.Context {
        @Override
        public List<String> values(String key) {
            return List.of();
        }

        @Override
        public Optional<JsonNode> data(String key) {
            return Optional.empty();
        }
    }

    private static final FreeTextReader.Context CONTEXT = new FixedContext("a pizzeria");

    private final WordReader words = new WordReader();

    private static Option option(String label) {
        return new Option(label, "about " + label);
    }

    private static AskedQuestion single(String id, String text, String... labels) {
        return new AskedQuestion(
                id,
                id.toUpperCase(),
                new Question(
                        text,
                        id,
                        false,
                        Stream.of(labels).map(AnswerValidatorTest::option).toList()),
                Optional.empty());
    }

    private static final AskedQuestion DB =
            single("db", "Which database?", "PostgreSQL (Recommended)", "MySQL", "SQLite");
    private static final AskedQuestion ORM = single("orm", "Which ORM?", "None (Recommended)", "Prisma", "Drizzle");
    private static final AskedQuestion STYLE =
            single("style", "Which keys?", "UUID keys, plural tables (Recommended)", "Bigint keys, plural tables");
    private static final AskedQuestion TOPPINGS = new AskedQuestion(
            "toppings",
            "TOPPINGS",
            new Question(
                    "Which toppings?",
                    "Toppings",
                    true,
                    List.of(option("Cheese (Recommended)"), option("Olives"), option("Basil"))),
            Optional.empty());

    private AskedQuestion name() {
        return new AskedQuestion(
                "name",
                "NAME",
                new Question("What name?", "Name", false, List.of(option("Yes (Recommended)"), option("Again"))),
                Optional.of(words));
    }

    private AskedQuestion toppingsWithFreeText() {
        return new AskedQuestion("toppings", "TOPPINGS", TOPPINGS.question(), Optional.of(words));
    }

    /** JSON written with single quotes, for readability. */
    private static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, AnswerValue> accept(String answers, AskedQuestion... questions) throws Exception {
        return new AnswerValidator(List.of(questions), CONTEXT).validate(json(answers));
    }

    private static InvalidAnswerException reject(String answers, AskedQuestion... questions) {
        return reject(json(answers), questions);
    }

    private static InvalidAnswerException reject(JsonNode answers, AskedQuestion... questions) {
        return assertThrows(
                InvalidAnswerException.class, () -> new AnswerValidator(List.of(questions), CONTEXT).validate(answers));
    }

    private static AnswerValue.Choice choice(String... labels) {
        return new AnswerValue.Choice(List.of(labels));
    }

    private static final String DB_HINT = "Answer 'db' with one of: PostgreSQL | MySQL | SQLite.";

    /** Issue 11, item 23: a multi-select's exclusive option beside another was stored as chosen. */
    @Nested
    class ExclusiveOptions {
        private final AskedQuestion tables = new AskedQuestion(
                "tables",
                "TABLES",
                new Question(
                        "Which tables?",
                        "Tables",
                        true,
                        List.of(option("None (Recommended)"), option("customers"), option("orders"))),
                Optional.of(words),
                Optional.of(new AskedQuestion.Alone("None", "None cannot be chosen with tables")));

        @ParameterizedTest
        @ValueSource(strings = {"'None, customers'", "['customers','None (Recommended)']", "'none, customers, olives'"})
        void anExclusiveOptionBesideAnotherIsRefused(String answer) {
            InvalidAnswerException e = reject("{'tables':" + answer + "}", tables);
            assertTrue(
                    e.getMessage().startsWith("Question 'tables': None cannot be chosen with tables (got '"),
                    e.getMessage());
            assertEquals("Answer 'tables' with None alone, or without it.", e.hint());
        }

        @Test
        void anExclusiveOptionAloneOrOthersWithoutItAreAccepted() throws Exception {
            assertEquals(choice("None"), accept("{'tables':'None'}", tables).get("TABLES"));
            assertEquals(
                    choice("customers", "orders"),
                    accept("{'tables':['customers','orders']}", tables).get("TABLES"));
        }
    }

    @Nested
    class Labels {
        @Test
        void aLabelMatchesWhateverItsCase() throws Exception {
            assertEquals(Map.of("DB", choice("MySQL")), accept("{'db':'mYsQl'}", DB));
        }

        @Test
        void theRecommendedLabelMatchesWithItsSuffix() throws Exception {
            assertEquals(Map.of("DB", choice("PostgreSQL")), accept("{'db':'PostgreSQL (Recommended)'}", DB));
        }

        @Test
        void theRecommendedLabelMatchesWithoutItsSuffix() throws Exception {
            assertEquals(Map.of("DB", choice("PostgreSQL")), accept("{'db':'postgresql'}", DB));
        }

        @Test
        void theSuffixItselfMatchesWhateverItsCase() throws Exception {
            assertEquals(Map.of("DB", choice("PostgreSQL")), accept("{'db':'POSTGRESQL (RECOMMENDED)'}", DB));
        }

        @Test
        void spacesAroundALabelAreIgnored() throws Exception {
            assertEquals(Map.of("DB", choice("SQLite")), accept("{'db':'  SQLite '}", DB));
        }

        @Test
        void aSingleSelectLabelHoldingACommaIsMatchedWhole() throws Exception {
            assertEquals(
                    Map.of("STYLE", choice("UUID keys, plural tables")),
                    accept("{'style':'UUID keys, plural tables'}", STYLE));
        }

        @Test
        void theResultIsKeyedByStateKeyInQuestionOrder() throws Exception {
            Map<String, AnswerValue> result = accept("{'orm':'Prisma','db':'MySQL'}", DB, ORM);
            assertEquals(List.of("DB", "ORM"), List.copyOf(result.keySet()));
            assertEquals(List.of("Prisma"), result.get("ORM").values());
        }
    }

    @Nested
    class QuestionKeys {
        @Test
        void anAnswerMayBeKeyedByTheQuestionText() throws Exception {
            assertEquals(Map.of("DB", choice("MySQL")), accept("{'Which database?':'MySQL'}", DB));
        }

        @Test
        void theQuestionTextKeyIgnoresSurroundingSpaces() throws Exception {
            assertEquals(Map.of("DB", choice("MySQL")), accept("{' Which database? ':'MySQL'}", DB));
        }

        @Test
        void anAnswerMayBeKeyedByTheIdInAnyCase() throws Exception {
            assertEquals(Map.of("DB", choice("MySQL")), accept("{'DB':'MySQL'}", DB));
        }

        @Test
        void textAndIdKeysMayBeMixedAcrossQuestions() throws Exception {
            assertEquals(
                    Map.of("DB", choice("MySQL"), "ORM", choice("Drizzle")),
                    accept("{'Which database?':'MySQL','orm':'drizzle'}", DB, ORM));
        }

        @Test
        void anUnknownKeyIsRejectedWithTheIdsAndASuggestion() {
            InvalidAnswerException e = reject("{'bd':'MySQL','orm':'Prisma'}", DB, ORM);
            assertEquals("Unknown question 'bd'; this step asks db, orm. Did you mean 'db'?", e.getMessage());
            assertEquals("Send {\"answers\":{\"db\":\"PostgreSQL\",\"orm\":\"None\"}}", e.hint());
        }

        @Test
        void anUnknownKeyFarFromEveryIdGetsNoSuggestion() {
            assertEquals(
                    "Unknown question 'colour'; this step asks db, orm.",
                    reject("{'colour':'red'}", DB, ORM).getMessage());
        }

        @Test
        void aLongUnknownKeyIsShortenedTo80Characters() {
            String key = "k".repeat(200);
            assertEquals(
                    "Unknown question '" + "k".repeat(80) + "...'; this step asks db.",
                    reject("{'" + key + "':'MySQL'}", DB).getMessage());
        }

        @Test
        void aMissingQuestionIsNamedByIdAndText() {
            InvalidAnswerException e = reject("{'db':'MySQL'}", DB, ORM);
            assertEquals("No answer for question 'orm': Which ORM?", e.getMessage());
            assertEquals("Send {\"answers\":{\"db\":\"PostgreSQL\",\"orm\":\"None\"}}", e.hint());
        }

        @Test
        void anEmptyAnswersObjectNamesTheFirstQuestion() {
            assertEquals(
                    "No answer for question 'db': Which database?",
                    reject("{}", DB, ORM).getMessage());
        }

        @Test
        void aQuestionAnsweredByTextAndByIdIsRejected() {
            assertEquals(
                    "Question 'db' is answered twice (under two keys that both name it).",
                    reject("{'Which database?':'MySQL','db':'MySQL'}", DB).getMessage());
        }

        @Test
        void aQuestionAnsweredByItsIdInTwoCasesIsRejected() {
            assertTrue(reject("{'db':'MySQL','DB':'SQLite'}", DB)
                    .getMessage()
                    .startsWith("Question 'db' is answered twice"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "'MySQL'", "3", "null"})
        void answersThatAreNotAnObjectAreRejected(String answers) {
            InvalidAnswerException e = reject(answers, DB);
            assertEquals("The answers must be a JSON object keyed by question text or id.", e.getMessage());
            assertEquals("Send {\"answers\":{\"db\":\"PostgreSQL\"}}", e.hint());
        }

        @Test
        void aMissingAnswersNodeIsRejected() {
            assertEquals(
                    "The answers must be a JSON object keyed by question text or id.",
                    reject((JsonNode) null, DB).getMessage());
        }
    }

    @Nested
    class MultiSelect {
        @Test
        void labelsJoinedByCommaSpaceAreSplit() throws Exception {
            assertEquals(
                    Map.of("TOPPINGS", choice("Cheese", "Olives")), accept("{'toppings':'cheese, Olives'}", TOPPINGS));
        }

        @Test
        void aJsonArrayOfLabelsIsAccepted() throws Exception {
            assertEquals(
                    Map.of("TOPPINGS", choice("Basil", "Cheese")),
                    accept("{'toppings':['basil','Cheese (Recommended)']}", TOPPINGS));
        }

        @Test
        void labelsKeepTheOrderTheyWereGivenIn() throws Exception {
            assertEquals(
                    List.of("Basil", "Olives", "Cheese"),
                    accept("{'toppings':'Basil, Olives, Cheese'}", TOPPINGS)
                            .get("TOPPINGS")
                            .values());
        }

        @Test
        void oneLabelAloneIsAChoiceOfOne() throws Exception {
            assertEquals(Map.of("TOPPINGS", choice("Olives")), accept("{'toppings':'olives'}", TOPPINGS));
        }

        @Test
        void duplicatesInAJoinedStringCollapse() throws Exception {
            assertEquals(
                    Map.of("TOPPINGS", choice("Cheese", "Olives")),
                    accept("{'toppings':'Cheese, cheese, Olives, Cheese (Recommended)'}", TOPPINGS));
        }

        @Test
        void duplicatesInAnArrayCollapse() throws Exception {
            assertEquals(Map.of("TOPPINGS", choice("Olives")), accept("{'toppings':['Olives','OLIVES']}", TOPPINGS));
        }

        @Test
        void anUnknownPartIsNamedWithASuggestion() {
            InvalidAnswerException e = reject("{'toppings':'Cheese, Olive'}", TOPPINGS);
            assertEquals(
                    "'Olive' is not an option of question 'toppings' (Which toppings?). Did you mean 'Olives'?",
                    e.getMessage());
            assertEquals(
                    "Answer 'toppings' with one of: Cheese | Olives | Basil (several joined by \", \").", e.hint());
        }

        @Test
        void theFirstUnknownPartOfAnArrayIsNamed() {
            assertEquals(
                    "'Pineapple' is not an option of question 'toppings' (Which toppings?).",
                    reject("{'toppings':['Basil','Pineapple','Ham']}", TOPPINGS).getMessage());
        }

        @Test
        void withAReaderAnAnswerWithAnUnknownPartGoesWholeToTheReader() throws Exception {
            assertEquals(
                    Map.of("TOPPINGS", new AnswerValue.FreeText("cheese, pineapple")),
                    accept("{'toppings':'Cheese, pineapple'}", toppingsWithFreeText()));
            assertEquals(List.of("Cheese, pineapple"), words.seen);
        }
    }

    @Nested
    class SingleSelectArrays {
        @Test
        void anArrayOfOneLabelIsAccepted() throws Exception {
            assertEquals(Map.of("DB", choice("SQLite")), accept("{'db':['sqlite']}", DB));
        }

        @Test
        void anArrayOfSeveralLabelsIsRejected() {
            InvalidAnswerException e = reject("{'db':['MySQL','SQLite']}", DB);
            assertEquals("Question 'db' takes one option, got 2.", e.getMessage());
            assertEquals(DB_HINT, e.hint());
        }
    }

    @Nested
    class WrongTypes {
        static Stream<Arguments> wrongValues() {
            return Stream.of(
                    Arguments.of("3", "number"),
                    Arguments.of("2.5", "number"),
                    Arguments.of("true", "boolean"),
                    Arguments.of("null", "null"),
                    Arguments.of("{'label':'MySQL'}", "object"),
                    Arguments.of("[3]", "number"),
                    Arguments.of("[['MySQL']]", "array"));
        }

        @ParameterizedTest(name = "{0} is rejected as {1}")
        @MethodSource("wrongValues")
        void aSingleSelectAnswerMustBeAString(String value, String type) {
            InvalidAnswerException e = reject("{'db':" + value + "}", DB);
            assertEquals(
                    "The answer to 'db' must be a string (an option label or free text), got " + type + ".",
                    e.getMessage());
            assertEquals(DB_HINT, e.hint());
        }

        @Test
        void anEmptyArrayIsAnEmptyAnswer() {
            assertEquals("The answer to 'db' is empty.", reject("{'db':[]}", DB).getMessage());
        }

        @Test
        void aMultiSelectAnswerMayAlsoBeAnArray() {
            assertEquals(
                    "The answer to 'toppings' must be a string (an option label or free text) or an array of labels,"
                            + " got number.",
                    reject("{'toppings':7}", TOPPINGS).getMessage());
        }

        @Test
        void anArrayHoldingANumberIsRejected() {
            assertEquals(
                    "The answer to 'toppings' must be a string (an option label or free text) or an array of labels,"
                            + " got number.",
                    reject("{'toppings':['Cheese',3]}", TOPPINGS).getMessage());
        }

        @Test
        void anEmptyArrayForAMultiSelectIsRejectedNamingTheQuestion() {
            assertTrue(reject("{'toppings':[]}", TOPPINGS).getMessage().startsWith("The answer to 'toppings' "));
        }

        @Test
        void anEmptyArrayForAMultiSelectIsReportedAsEmpty() {
            assertEquals(
                    "The answer to 'toppings' is empty.",
                    reject("{'toppings':[]}", TOPPINGS).getMessage());
        }

        @Test
        void theHintOfAFreeTextQuestionOffersFreeText() {
            assertEquals(
                    "Answer 'name' with one of: Yes | Again, or free text.",
                    reject("{'name':1}", name()).hint());
        }
    }

    @Nested
    class EmptyAnswers {
        @ParameterizedTest
        @ValueSource(strings = {"''", "'   '", "['  ']", "'\\t'"})
        void aBlankAnswerIsRejected(String value) {
            InvalidAnswerException e = reject("{'db':" + value + "}", DB);
            assertEquals("The answer to 'db' is empty.", e.getMessage());
            assertEquals(DB_HINT, e.hint());
        }

        @Test
        void aBlankAnswerIsRejectedEvenWhenFreeTextIsAllowed() {
            assertEquals(
                    "The answer to 'name' is empty.",
                    reject("{'name':' '}", name()).getMessage());
        }

        @Test
        void aBlankMultiSelectAnswerIsRejected() {
            assertEquals(
                    "The answer to 'toppings' is empty.",
                    reject("{'toppings':''}", TOPPINGS).getMessage());
        }
    }

    @Nested
    class UnknownLabels {
        @Test
        void anUnknownLabelWithoutFreeTextIsRejectedWithASuggestion() {
            InvalidAnswerException e = reject("{'db':'Postgres'}", DB);
            assertEquals(
                    "'Postgres' is not an option of question 'db' (Which database?). Did you mean 'PostgreSQL'?",
                    e.getMessage());
            assertEquals(DB_HINT, e.hint());
        }

        @Test
        void aTypoGetsTheClosestLabel() {
            assertEquals(
                    "'MySLQ' is not an option of question 'db' (Which database?). Did you mean 'MySQL'?",
                    reject("{'db':'MySLQ'}", DB).getMessage());
        }

        @Test
        void aFarOffLabelGetsNoSuggestion() {
            assertEquals(
                    "'Oracle' is not an option of question 'db' (Which database?).",
                    reject("{'db':'Oracle'}", DB).getMessage());
        }

        @Test
        void aLongUnknownAnswerIsShortenedTo80Characters() {
            String text = "x".repeat(100_000);
            assertEquals(
                    "'" + "x".repeat(80) + "...' is not an option of question 'db' (Which database?).",
                    reject(JsonNodeFactory.instance.objectNode().put("db", text), DB)
                            .getMessage());
        }
    }

    @Nested
    class FreeText {
        @Test
        void freeTextGoesToTheReaderStrippedAndIsStoredNormalised() throws Exception {
            assertEquals(
                    Map.of("NAME", new AnswerValue.FreeText("quattro stagioni")),
                    accept("{'name':'  Quattro Stagioni  '}", name()));
            assertEquals(List.of("Quattro Stagioni"), words.seen);
        }

        @Test
        void theReaderGetsTheValidatorsContext() throws Exception {
            accept("{'name':'Marinara'}", name());
            assertSame(CONTEXT, words.contexts.get(0));
        }

        @Test
        void aLabelWinsOverFreeText() throws Exception {
            assertEquals(Map.of("NAME", choice("Again")), accept("{'name':'again'}", name()));
            assertEquals(List.of(), words.seen);
        }

        @Test
        void freeTextTheReaderRejectsCarriesItsMessageAndHint() {
            InvalidAnswerException e = reject("{'name':'4 cheese'}", name());
            assertEquals("Question 'name': '4 cheese' holds something other than letters.", e.getMessage());
            assertEquals("Write a name like margherita.", e.hint());
        }

        @Test
        void freeTextOf64KibIsAccepted() throws Exception {
            ObjectNode answers = JsonNodeFactory.instance.objectNode().put("name", "A".repeat(64 * 1024));
            assertEquals(
                    new AnswerValue.FreeText("a".repeat(64 * 1024)),
                    new AnswerValidator(List.of(name()), CONTEXT)
                            .validate(answers)
                            .get("NAME"));
        }

        @Test
        void freeTextOver64KibIsRejectedBeforeTheReaderSeesIt() {
            ObjectNode answers = JsonNodeFactory.instance.objectNode().put("name", "a".repeat(64 * 1024 + 1));
            InvalidAnswerException e = reject(answers, name());
            assertEquals("The free text for 'name' is longer than 65536 characters.", e.getMessage());
            assertEquals("Answer 'name' with one of: Yes | Again, or free text.", e.hint());
            assertEquals(List.of(), words.seen);
        }
    }

    @Test
    void aChoiceAndFreeTextExposeTheValuesConditionsCompare() {
        assertEquals(List.of("Cheese", "Basil"), choice("Cheese", "Basil").values());
        assertEquals(List.of("margherita"), new AnswerValue.FreeText("margherita").values());
    }
}
