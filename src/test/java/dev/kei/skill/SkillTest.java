package dev.kei.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Moving through a loaded skill: first step, next step across phases, finding a step by id. */
class SkillTest {
    private static final Skill TINY =
            MarkdownSkillLoader.load(Path.of("src/test/resources/skills/tiny/skill/SKILL.md"));

    private static String id(Skill.StepRef ref) {
        return TINY.stepOf(ref).id();
    }

    @Test
    void theFirstStepIsTheFirstStepOfTheFirstPhase() {
        assertEquals("1a", id(TINY.first().orElseThrow()));
    }

    @Test
    void nextStaysInAPhaseThenCrossesIntoTheNext() {
        Skill.StepRef b = TINY.next(TINY.find("1a").orElseThrow()).orElseThrow();
        assertEquals("1b", id(b));
        Skill.StepRef c = TINY.next(b).orElseThrow();
        assertEquals("2a", id(c));
        assertEquals("2-name", TINY.phaseOf(c).id());
    }

    @Test
    void thereIsNothingAfterTheLastStep() {
        assertEquals(Optional.empty(), TINY.next(TINY.find("2b").orElseThrow()));
    }

    @Test
    void findLocatesAStepByPhaseAndPosition() {
        assertEquals(Optional.of(new Skill.StepRef(1, 1)), TINY.find("2b"));
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertEquals(Optional.empty(), TINY.find("9z"));
    }
}
