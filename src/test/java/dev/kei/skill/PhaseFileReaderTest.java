package dev.kei.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One phase file: its steps, the directives inside them, and the mistakes an author gets told about. */
class PhaseFileReaderTest {
    private static final Path FILE = Path.of("phases", "9-test.md");
    private static final String AT = FILE + ":";

    private static Phase read(String text) {
        return PhaseFileReader.read(FILE, text);
    }

    private static String error(String text) {
        return assertThrows(SkillFormatException.class, () -> read(text)).getMessage();
    }

    @Nested
    class AWellFormedPhase {
        private static final String TEXT =
                """
                # Phase 9 — Test

                Intro prose with **bold** words, a `KEY` and an example:

                ```
                authors(name text!)
                ```

                ## 9a — Colour and size

                **First run** `prepare-colours`.

                ```json
                {"questions": [{"question": "Which colour?"}]}
                ```

                **Store the answers as** `COLOUR`, `SIZE`.

                - **Free text** for `COLOUR` is read as `colour-name`.

                **Then run** `paint`.
                **Then run** `sand` **when** `SIZE` is not `Tiny`.
                **Go to** `9a` **when** `COLOUR` is free text.
                **Go to** `9b` **when** `SIZE` is `Tiny`.

                ## 9b Finish

                **Run only when** `SIZE` is one of `Tiny`, `Small`.

                ```sql
                **Store the answers as** `IGNORED`.
                ```
                **Then run** `finish`
                """;

        private final Phase phase = read(TEXT);
        private final Step colour = phase.steps().get(0);
        private final Step finish = phase.steps().get(1);

        @Test
        void thePhaseIsNamedAfterItsFileAndTitledByItsFirstHeading() {
            assertEquals("9-test", phase.id());
            assertEquals("Phase 9 — Test", phase.title());
        }

        @Test
        void everySecondLevelHeadingWithAnIdIsAStepInFileOrder() {
            assertEquals(
                    List.of("9a", "9b"), phase.steps().stream().map(Step::id).toList());
            assertEquals(
                    List.of("Colour and size", "Finish"),
                    phase.steps().stream().map(Step::title).toList());
        }

        @Test
        void theJsonBlockIsThePayloadTemplateVerbatim() {
            assertEquals(
                    Optional.of("{\"questions\": [{\"question\": \"Which colour?\"}]}\n"), colour.payloadTemplate());
            assertTrue(colour.asks());
        }

        @Test
        void storeNamesTheKeysInQuestionOrder() {
            assertEquals(List.of("COLOUR", "SIZE"), colour.keys());
        }

        @Test
        void freeTextNamesItsReaderEvenInAListItem() {
            assertEquals(Map.of("COLOUR", "colour-name"), colour.freeText());
        }

        @Test
        void firstRunActionsRunBeforeTheAskUnconditionally() {
            assertEquals(List.of(new Step.Action("prepare-colours", new Condition.Always())), colour.before());
        }

        @Test
        void thenRunActionsKeepTheirOwnConditions() {
            assertEquals(
                    List.of(
                            new Step.Action("paint", new Condition.Always()),
                            new Step.Action("sand", new Condition.NoneOf("SIZE", Set.of("tiny")))),
                    colour.after());
        }

        @Test
        void jumpsKeepTheirOrder() {
            assertEquals(
                    List.of(
                            List.of("9a", new Condition.FreeText("COLOUR")),
                            List.of("9b", new Condition.OneOf("SIZE", Set.of("tiny")))),
                    colour.jumps().stream()
                            .map(j -> List.of(j.target(), j.when()))
                            .toList());
        }

        @Test
        void aStepWithoutAConditionAlwaysRuns() {
            assertEquals(new Condition.Always(), colour.when());
        }

        @Test
        void runOnlyWhenSetsTheStepCondition() {
            assertEquals(new Condition.OneOf("SIZE", Set.of("tiny", "small")), finish.when());
        }

        @Test
        void directivesInsideOtherFencedBlocksAreIgnored() {
            assertFalse(finish.asks());
            assertEquals(List.of(), finish.keys());
        }

        @Test
        void aThenRunWithoutAFullStopIsRead() {
            assertEquals(List.of(new Step.Action("finish", new Condition.Always())), finish.after());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "## 3 — Em dash | 3 | Em dash",
                "## 3a – En dash | 3a | En dash",
                "## 3a - Hyphen | 3a | Hyphen",
                "## 12b No dash | 12b | No dash",
                "##   4e — Extra spaces | 4e | Extra spaces"
            })
    void stepHeadingsTakeAnIdAndATitle(String heading, String id, String title) {
        Step step = read("# T\n\n" + heading + "\n").steps().get(0);
        assertEquals(id, step.id());
        assertEquals(title, step.title());
    }

    @Test
    void headingsWithoutAnIdAreProseNotSteps() {
        Phase phase = read("# T\n\n## Notes\n\n### 1a — Deeper\n\n## 1ab — Not an id\n");
        assertEquals(List.of(), phase.steps());
    }

    @Test
    void askOnlyWhenSetsTheStepCondition() {
        Phase phase = read("# T\n\n## 1a — A\n\n**Ask only when** `ORM` is none of `Prisma`, `SQLAlchemy`.\n");
        assertEquals(
                new Condition.NoneOf("ORM", Set.of("prisma", "sqlalchemy")),
                phase.steps().get(0).when());
    }

    @Test
    void windowsLineEndingsAreRead() {
        Phase phase = read("# T\r\n\r\n## 1a — A\r\n\r\n**Then run** `paint`.\r\n");
        assertEquals("T", phase.title());
        assertEquals(
                List.of(new Step.Action("paint", new Condition.Always())),
                phase.steps().get(0).after());
    }

    @Test
    void anExclusiveOptionIsReadWithItsMessage() {
        Step step = read("# T\n\n## 1a — Ask\n\n```json\n{}\n```\n\n**Store the answer as** `TABLES`.\n"
                        + "**Exclusive option** for `TABLES` is `None`: None cannot be chosen with tables.\n")
                .steps()
                .get(0);
        assertEquals(Map.of("TABLES", new Step.Alone("None", "None cannot be chosen with tables")), step.alone());
    }

    @Nested
    class Mistakes {
        @Test
        void anExclusiveOptionForAKeyTheStepDoesNotStoreIsRejected() {
            assertEquals(
                    AT + "10: step 1a names an exclusive option for `NAME`, which it does not store",
                    error("# T\n\n## 1a — Ask\n\n```json\n{}\n```\n\n**Store the answer as** `TABLES`.\n"
                            + "**Exclusive option** for `NAME` is `None`.\n"));
        }

        @Test
        void aJsonBlockWithoutStoreNamesTheBlocksLine() {
            assertEquals(
                    AT + "5: step 1a asks but does not say where answers go: add **Store the answers as** `KEY`, ...",
                    error(
                            """
                            # T

                            ## 1a — Ask

                            ```json
                            {}
                            ```

                            ## 1b — Next
                            """));
        }

        @Test
        void storeWithoutAJsonBlockNamesTheFileAndStep() {
            assertEquals(
                    AT + "5: step 1a stores answers but has no json payload",
                    error("# T\n\n## 1a — Store\n\n**Store the answer as** `COLOUR`.\n"));
        }

        @Test
        void storeWithoutAJsonBlockNamesTheStoreLine() {
            assertTrue(error("# T\n\n## 1a — Store\n\n**Store the answer as** `COLOUR`.\n")
                    .startsWith(AT + "5: "));
        }

        private static final String FREE_TEXT_NOT_STORED =
                """
                # T

                ## 1a — Ask

                ```json
                {}
                ```

                **Store the answer as** `COLOUR`.
                **Free text** for `NAME` is read as `words`.
                """;

        @Test
        void freeTextForAKeyTheStepDoesNotStoreIsRejected() {
            assertEquals(
                    AT + "10: step 1a reads free text for `NAME`, which it does not store",
                    error(FREE_TEXT_NOT_STORED));
        }

        @Test
        void freeTextForAKeyTheStepDoesNotStoreNamesItsLine() {
            assertTrue(error(FREE_TEXT_NOT_STORED).startsWith(AT + "10: "));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "**Ask only when** ORM is Prisma. | ORM is Prisma",
                    "**Run only when** `orm` is `Prisma`. | `orm` is `Prisma`",
                    "**Then run** `paint` **when** SIZE is Tiny. | SIZE is Tiny",
                    "**Go to** `1a` **when** REVIEW is free text. | REVIEW is free text"
                })
        void anUnreadableConditionNamesItsLine(String directive, String clause) {
            assertEquals(
                    AT + "5: cannot read the condition '" + clause + "'; expected e.g. `KEY` is `Label`,"
                            + " `KEY` is one of `A`, `B`, `KEY` is not `A`, `KEY` is free text",
                    error("# T\n\n## 1a — A\n\n" + directive + "\n"));
        }

        @Test
        void aConditionWithoutBacktickedValuesNamesItsLine() {
            assertEquals(
                    AT + "5: the condition '`ORM` is Prisma' names no value in backticks",
                    error("# T\n\n## 1a — A\n\n**Ask only when** `ORM` is Prisma.\n"));
        }

        @Test
        void anUnclosedFenceNamesTheLineItOpens() {
            assertEquals(
                    AT + "5: a fenced block is never closed",
                    error("# T\n\n## 1a — Ask\n\n```json\n{}\n\n**Store the answer as** `COLOUR`.\n"));
        }

        @Test
        void aSecondJsonBlockInAStepNamesItsLine() {
            assertEquals(
                    AT + "9: step 1a has a second json block; one per step",
                    error(
                            """
                            # T

                            ## 1a — Ask

                            ```json
                            {}
                            ```

                            ```json
                            {}
                            ```

                            **Store the answer as** `COLOUR`.
                            """));
        }

        @Test
        void aDirectiveBeforeTheFirstStepNamesItsLine() {
            assertEquals(
                    AT + "3: a directive stands before the first '## step' heading",
                    error("# T\n\n**Store the answer as** `COLOUR`.\n\n## 1a — Ask\n"));
        }

        @Test
        void aPhaseWithoutATitleIsRejected() {
            assertEquals(
                    AT + "1: a phase file starts with a '# Title' heading",
                    error("## 1a — A\n\n**Then run** `paint`.\n"));
        }

        @Test
        void storeWithoutABacktickedKeyNamesItsLine() {
            assertEquals(
                    AT + "5: 'Store the answers as' names no `KEY` in backticks",
                    error("# T\n\n## 1a — A\n\n**Store the answer as** colour.\n"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "**Free text** for `NAME` is read as `Words`.",
                    "**Go to** 1a **when** `REVIEW` is free text.",
                    "**Then run** `Paint`.",
                    "**Store it as** `COLOUR`."
                })
        void aDirectiveInAnUnknownFormNamesItsLine(String directive) {
            assertEquals(
                    AT + "5: cannot read the directive '" + directive + "'",
                    error("# T\n\n## 1a — A\n\n" + directive + "\n"));
        }
    }
}
