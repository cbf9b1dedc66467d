package dev.kei.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The prose conditions phase files state, read into {@link Condition}s. */
class ConditionParserTest {
    private static final String EXPECTED =
            "; expected e.g. `KEY` is `Label`, `KEY` is one of `A`, `B`," + " `KEY` is not `A`, `KEY` is free text";

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> ConditionParser.parse(text))
                .getMessage();
    }

    @Test
    void isOneValueReadsAsOneOf() {
        assertEquals(new Condition.OneOf("SIZE", Set.of("tiny")), ConditionParser.parse("`SIZE` is `Tiny`"));
    }

    @Test
    void isOneOfReadsEveryQuotedValue() {
        assertEquals(
                new Condition.OneOf("ORM", Set.of("prisma", "sqlalchemy")),
                ConditionParser.parse("`ORM` is one of `Prisma`, `SQLAlchemy`."));
    }

    @Test
    void isNotReadsAsNoneOf() {
        assertEquals(new Condition.NoneOf("SEED", Set.of("skip")), ConditionParser.parse("`SEED` is not `Skip`"));
    }

    @Test
    void isNoneOfReadsAsNoneOf() {
        assertEquals(
                new Condition.NoneOf("ORM", Set.of("prisma", "sqlalchemy")),
                ConditionParser.parse("`ORM` is none of `Prisma`, `SQLAlchemy`."));
    }

    @Test
    void isFreeTextReadsAsFreeText() {
        assertEquals(new Condition.FreeText("REVIEW"), ConditionParser.parse("`REVIEW` is free text."));
    }

    @Test
    void aQuotedLabelFreeTextIsAValueNotTheFreeTextCondition() {
        assertEquals(new Condition.OneOf("MODE", Set.of("free text")), ConditionParser.parse("`MODE` is `Free text`"));
    }

    @Test
    void valuesAreStoredInLowerCaseWithoutTheRecommendedMark() {
        assertEquals(
                new Condition.OneOf("DB", Set.of("postgresql", "don't apply")),
                ConditionParser.parse("`DB` is one of `PostgreSQL (Recommended)`, `Don't apply`"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"`SEED` is `Skip`.", "`SEED` is `Skip`:", "  `SEED` is `Skip`  "})
    void aTrailingFullStopOrColonAndSpacesAreIgnored(String text) {
        assertEquals(new Condition.OneOf("SEED", Set.of("skip")), ConditionParser.parse(text));
    }

    @Test
    void clausesJoinedByAndReadAsAll() {
        assertEquals(
                new Condition.All(
                        List.of(new Condition.NoneOf("ORM", Set.of("prisma")), new Condition.FreeText("REVIEW"))),
                ConditionParser.parse("`ORM` is not `Prisma` and `REVIEW` is free text."));
    }

    @Test
    void andInsideAValueDoesNotSplitTheCondition() {
        assertEquals(
                new Condition.OneOf("SEED", Set.of("salt and pepper")),
                ConditionParser.parse("`SEED` is `Salt and pepper`"));
    }

    @Test
    void aKeyWithoutBackticksIsRejectedWithTheFormsItCouldTake() {
        assertEquals("cannot read the condition 'ORM is Prisma'" + EXPECTED, error("ORM is Prisma."));
    }

    @Test
    void aLowerCaseKeyIsRejected() {
        assertEquals("cannot read the condition '`orm` is `Prisma`'" + EXPECTED, error("`orm` is `Prisma`"));
    }

    @Test
    void aConditionWithoutTheWordIsIsRejected() {
        assertEquals("cannot read the condition '`ORM` equals `Prisma`'" + EXPECTED, error("`ORM` equals `Prisma`"));
    }

    @Test
    void aValueWithoutBackticksIsRejected() {
        assertEquals("the condition '`ORM` is Prisma' names no value in backticks", error("`ORM` is Prisma."));
    }

    @Test
    void aBadSecondClauseIsNamedOnItsOwn() {
        assertEquals(
                "cannot read the condition '`review` is free text'" + EXPECTED,
                error("`ORM` is `Prisma` and `review` is free text"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "`ORM` is neither `Prisma` nor `SQLAlchemy`",
                "`SEED` is anything but `Skip`",
                "`ORM` is `Prisma` and REVIEW is free text"
            })
    void anUnknownPhrasingIsRejectedRatherThanReadAsOneOf(String text) {
        assertThrows(IllegalArgumentException.class, () -> ConditionParser.parse(text));
    }
}
