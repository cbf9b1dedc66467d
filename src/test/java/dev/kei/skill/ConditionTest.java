package dev.kei.skill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How conditions hold against stored answers: case-insensitive, Recommended-blind, any-of for multi-select. */
class ConditionTest {

    /** Stored answers: the values per key, and the keys answered with free text. */
    private record Stored(Map<String, List<String>> answers, Set<String> freeTextKeys) implements Condition.Answers {
        static Stored of(String key, String... values) {
            return new Stored(Map.of(key, List.of(values)), Set.of());
        }

        @Override
        public List<String> values(String key) {
            return answers.getOrDefault(key, List.of());
        }

        @Override
        public boolean isFreeText(String key) {
            return freeTextKeys.contains(key);
        }
    }

    private static final Condition ORM_IS_NATIVE = ConditionParser.parse("`ORM` is one of `Prisma`, `SQLAlchemy`");
    private static final Condition ORM_IS_NOT_NATIVE = ConditionParser.parse("`ORM` is none of `Prisma`, `SQLAlchemy`");

    @ParameterizedTest
    @ValueSource(strings = {"Prisma", "prisma", "SQLALCHEMY", " SQLAlchemy ", "Prisma (Recommended)"})
    void oneOfHoldsForAnyListedValueWhateverItsCaseOrMark(String answer) {
        assertTrue(ORM_IS_NATIVE.test(Stored.of("ORM", answer)));
        assertFalse(ORM_IS_NOT_NATIVE.test(Stored.of("ORM", answer)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Drizzle", "None · raw SQL or SQLx", "Prismatic", "Prisma ORM"})
    void oneOfFailsForAnyOtherValue(String answer) {
        assertFalse(ORM_IS_NATIVE.test(Stored.of("ORM", answer)));
        assertTrue(ORM_IS_NOT_NATIVE.test(Stored.of("ORM", answer)));
    }

    @Test
    void aValueWrittenWithTheRecommendedMarkMatchesThePlainAnswer() {
        Condition c = ConditionParser.parse("`DB` is `PostgreSQL (Recommended)`");
        assertTrue(c.test(Stored.of("DB", "PostgreSQL")));
    }

    @Test
    void oneOfHoldsWhenAnyLabelOfAMultiSelectMatches() {
        Condition c = ConditionParser.parse("`TOPPINGS` is `Olives`");
        assertTrue(c.test(Stored.of("TOPPINGS", "Cheese", "Olives")));
        assertFalse(c.test(Stored.of("TOPPINGS", "Cheese", "Basil")));
    }

    @Test
    void noneOfFailsWhenAnyLabelOfAMultiSelectMatches() {
        Condition c = ConditionParser.parse("`TOPPINGS` is none of `Olives`, `Anchovies`");
        assertFalse(c.test(Stored.of("TOPPINGS", "Cheese", "olives")));
        assertTrue(c.test(Stored.of("TOPPINGS", "Cheese", "Basil")));
    }

    @Test
    void anUnansweredKeyIsNotOneOfAnything() {
        assertFalse(ORM_IS_NATIVE.test(Stored.of("DB", "MySQL")));
    }

    @Test
    void anUnansweredKeyIsNoneOfEverything() {
        assertTrue(ORM_IS_NOT_NATIVE.test(Stored.of("DB", "MySQL")));
    }

    @Test
    void freeTextHoldsOnlyForAKeyAnsweredWithFreeText() {
        Condition c = ConditionParser.parse("`REVIEW` is free text");
        assertTrue(c.test(new Stored(Map.of("REVIEW", List.of("books(subtitle text)")), Set.of("REVIEW"))));
        assertFalse(c.test(Stored.of("REVIEW", "Approve")));
        assertFalse(c.test(new Stored(Map.of("ENTITIES", List.of("x")), Set.of("ENTITIES"))));
    }

    @Test
    void freeTextThatSpellsALabelStillMatchesOneOf() {
        Condition c = ConditionParser.parse("`REVIEW` is `Approve`");
        assertTrue(c.test(new Stored(Map.of("REVIEW", List.of("approve")), Set.of("REVIEW"))));
    }

    @Test
    void allHoldsOnlyWhenEveryPartHolds() {
        Condition c = ConditionParser.parse("`ORM` is `Drizzle` and `DB` is not `SQLite`");
        assertTrue(c.test(new Stored(Map.of("ORM", List.of("Drizzle"), "DB", List.of("MySQL")), Set.of())));
        assertFalse(c.test(new Stored(Map.of("ORM", List.of("Drizzle"), "DB", List.of("SQLite")), Set.of())));
        assertFalse(c.test(new Stored(Map.of("ORM", List.of("Prisma"), "DB", List.of("MySQL")), Set.of())));
    }

    @Test
    void aConditionBuiltDirectlyAlsoComparesCaseInsensitively() {
        assertTrue(new Condition.OneOf("ORM", Set.of("Prisma")).test(Stored.of("ORM", "Prisma")));
        assertFalse(new Condition.NoneOf("SEED", Set.of("Skip")).test(Stored.of("SEED", "Skip")));
    }

    @Test
    void alwaysHoldsEvenWithoutAnswers() {
        assertTrue(new Condition.Always().test(new Stored(Map.of(), Set.of())));
    }
}
