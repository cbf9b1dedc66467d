package dev.kei.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A skill read from its hub: front matter, the phase list, and the checks that span phase files. */
class MarkdownSkillLoaderTest {
    private static final String HUB =
            """
            ---
            name: fixture
            description: "A skill for loader tests: two phases."
            ---

            # fixture

            ## Phases

            1. [One](../phases/1-one.md) — the first.
            2. [Two](../phases/2-two.md)

            ## Reference

            - [notes](notes.md)
            """;

    private static final String ONE =
            """
            # Phase 1 — One

            ## 1a — Colour

            ```json
            {"questions": []}
            ```

            **Store the answer as** `COLOUR`.
            """;

    private static final String TWO =
            """
            # Phase 2 — Two

            ## 2a — Paint

            **Then run** `paint`.
            """;

    @TempDir
    Path dir;

    private Path skill(String hub, String one, String two) throws IOException {
        Files.createDirectories(dir.resolve("skill"));
        Files.createDirectories(dir.resolve("phases"));
        Files.writeString(dir.resolve("skill/notes.md"), "# Notes\n\n**Store the answer as** `NOTHING`.\n");
        Files.writeString(dir.resolve("phases/1-one.md"), one);
        Files.writeString(dir.resolve("phases/2-two.md"), two);
        Path hubFile = dir.resolve("skill/SKILL.md");
        Files.writeString(hubFile, hub);
        return hubFile;
    }

    private String error(String hub, String one, String two) throws IOException {
        Path hubFile = skill(hub, one, two);
        return assertThrows(SkillFormatException.class, () -> MarkdownSkillLoader.load(hubFile))
                .getMessage();
    }

    private Path hubFile() {
        return dir.resolve("skill/SKILL.md");
    }

    private Path phaseOne() {
        return dir.resolve("phases/1-one.md");
    }

    @Test
    void aWellFormedSkillLoadsItsFrontMatterAndPhasesInHubOrder() throws IOException {
        Skill skill = MarkdownSkillLoader.load(skill(HUB, ONE, TWO));
        assertEquals("fixture", skill.name());
        assertEquals("A skill for loader tests: two phases.", skill.description());
        assertEquals(
                List.of("1-one", "2-two"),
                skill.phases().stream().map(Phase::id).toList());
        assertEquals(hubFile().toAbsolutePath().normalize(), skill.hub());
        assertEquals(dir.resolve("skill").toAbsolutePath().normalize(), skill.root());
    }

    @Test
    void linksOutsideThePhasesSectionAreNotPhases() throws IOException {
        Skill skill = MarkdownSkillLoader.load(skill(HUB, ONE, TWO));
        assertEquals(2, skill.phases().size());
    }

    @Test
    void thePhaseOrderIsTheHubsNotTheFileNames() throws IOException {
        String reversed = HUB.replace(
                "1. [One](../phases/1-one.md) — the first.\n2. [Two](../phases/2-two.md)",
                """
                1. [Two](../phases/2-two.md)
                2. [One](../phases/1-one.md)""");
        Skill skill = MarkdownSkillLoader.load(skill(reversed, ONE, TWO));
        assertEquals(
                List.of("2-two", "1-one"),
                skill.phases().stream().map(Phase::id).toList());
    }

    @Test
    void thePhasesHeadingMatchesWhateverItsCase() throws IOException {
        Skill skill = MarkdownSkillLoader.load(skill(HUB.replace("## Phases", "## PHASES"), ONE, TWO));
        assertEquals(2, skill.phases().size());
    }

    @Test
    void aJumpBackToAnEarlierPhaseIsFine() throws IOException {
        Skill skill = MarkdownSkillLoader.load(skill(HUB, ONE, TWO + "\n**Go to** `1a` **when** `COLOUR` is `Red`.\n"));
        assertEquals("1a", skill.phases().get(1).steps().get(0).jumps().get(0).target());
    }

    @Test
    void windowsLineEndingsLoadToTheSameSkillAndDigest() throws IOException {
        Skill unix = MarkdownSkillLoader.load(skill(HUB, ONE, TWO));
        Skill windows = MarkdownSkillLoader.load(
                skill(HUB.replace("\n", "\r\n"), ONE.replace("\n", "\r\n"), TWO.replace("\n", "\r\n")));
        assertEquals(unix.phases(), windows.phases());
        assertEquals(unix.digest(), windows.digest());
    }

    @Test
    void aHubWithoutFrontMatterIsRejectedAtLineOne() throws IOException {
        assertEquals(
                hubFile() + ":1: the hub starts with front matter: ---, name:, description:",
                error(HUB.substring(HUB.indexOf("# fixture")), ONE, TWO));
    }

    @Test
    void frontMatterThatIsNeverClosedIsRejected() throws IOException {
        assertEquals(
                hubFile() + ":1: the front matter is never closed with ---",
                error(HUB.replace("two phases.\"\n---\n", "two phases.\"\n"), ONE, TWO));
    }

    @Test
    void frontMatterWithoutADescriptionIsRejected() throws IOException {
        assertEquals(
                hubFile() + ":1: front matter needs name (lower-case-with-hyphens) and description",
                error(HUB.replace("description: \"A skill for loader tests: two phases.\"\n", ""), ONE, TWO));
    }

    @Test
    void frontMatterThatIsNotYamlIsRejectedAtItsLine() throws IOException {
        assertEquals(
                hubFile() + ":3: the front matter is not valid YAML: mapping values are not allowed here",
                error(
                        HUB.replace(
                                "\"A skill for loader tests: two phases.\"", "A skill for loader tests: two phases."),
                        ONE,
                        TWO));
    }

    @Test
    void aNameThatIsNotLowerCaseWithHyphensIsRejected() throws IOException {
        assertEquals(
                hubFile() + ":1: front matter needs name (lower-case-with-hyphens) and description",
                error(HUB.replace("name: fixture", "name: Fixture_Skill"), ONE, TWO));
    }

    @Test
    void aHubWithoutAPhasesHeadingIsRejected() throws IOException {
        assertEquals(
                hubFile() + ": the hub lists no phase files under a '## Phases' heading",
                error(HUB.replace("## Phases", "## Steps"), ONE, TWO));
    }

    @Test
    void aPhasesHeadingWithoutLinksIsRejected() throws IOException {
        String hub = HUB.replace("1. [One](../phases/1-one.md) — the first.\n2. [Two](../phases/2-two.md)\n", "");
        assertEquals(hubFile() + ": the hub lists no phase files under a '## Phases' heading", error(hub, ONE, TWO));
    }

    @Test
    void aLinkToAMissingPhaseFileIsRejectedNamingTheLink() throws IOException {
        assertEquals(
                hubFile() + ":11: the phase file ../phases/9-gone.md does not exist",
                error(HUB.replace("2-two.md", "9-gone.md"), ONE, TWO));
    }

    @Test
    void aLinkToAMissingPhaseFileNamesItsLine() throws IOException {
        assertTrue(error(HUB.replace("2-two.md", "9-gone.md"), ONE, TWO).startsWith(hubFile() + ":11: "));
    }

    @Test
    void aGoToAnUnknownStepIsRejectedNamingBothSteps() throws IOException {
        String message = error(HUB, ONE, TWO + "\n**Go to** `7z` **when** `COLOUR` is `Red`.\n");
        assertTrue(message.endsWith(": step 2a goes to step 7z, which no phase defines"), message);
    }

    @Test
    void aGoToAnUnknownStepNamesThePhaseFileAndLine() throws IOException {
        String message = error(HUB, ONE, TWO + "\n**Go to** `7z` **when** `COLOUR` is `Red`.\n");
        assertEquals(dir.resolve("phases/2-two.md") + ":7: step 2a goes to step 7z, which no phase defines", message);
    }

    @Test
    void theSameStepIdInTwoPhasesIsRejected() throws IOException {
        String message = error(HUB, ONE, TWO.replace("## 2a", "## 1a"));
        assertTrue(message.endsWith(": step 1a is defined twice"), message);
    }

    @Test
    void theSameStepIdTwiceInOnePhaseIsRejected() throws IOException {
        String message = error(HUB, ONE + "\n## 1a — Again\n\n**Then run** `paint`.\n", TWO);
        assertTrue(message.endsWith(": step 1a is defined twice"), message);
    }

    @Test
    void theSameStepIdTwiceNamesTheSecondDefinition() throws IOException {
        assertEquals(
                dir.resolve("phases/2-two.md") + ":3: step 1a is defined twice",
                error(HUB, ONE, TWO.replace("## 2a", "## 1a")));
    }

    @Test
    void aMistakeInAPhaseFileNamesThatFileAndLine() throws IOException {
        assertEquals(
                phaseOne() + ":5: cannot read the condition 'ORM is Prisma'; expected e.g. `KEY` is `Label`,"
                        + " `KEY` is one of `A`, `B`, `KEY` is not `A`, `KEY` is free text",
                error(HUB, ONE.replace("\n```json", "\n**Ask only when** ORM is Prisma.\n```json"), TWO));
    }

    @Test
    void aJsonBlockWithoutStoreThroughTheLoaderNamesThePhaseFile() throws IOException {
        assertEquals(
                phaseOne() + ":5: step 1a asks but does not say where answers go:"
                        + " add **Store the answers as** `KEY`, ...",
                error(HUB, ONE.replace("**Store the answer as** `COLOUR`.", ""), TWO));
    }

    @Test
    void aMissingHubIsReportedAsUnreadable() {
        Path missing = dir.resolve("nowhere/SKILL.md");
        String message = assertThrows(SkillFormatException.class, () -> MarkdownSkillLoader.load(missing))
                .getMessage();
        assertTrue(message.startsWith(missing + ": cannot read: "), message);
    }
}
