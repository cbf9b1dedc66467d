package dev.kei.llm;

import dev.kei.skill.Phase;
import dev.kei.skill.Skill;
import dev.kei.skill.Step;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which questions of a skill accept free text ("Other"), by phase and question id: the answer tool offers a field
 * for the model's own answer on those only, so it is not tempted where free text is always refused.
 */
public final class FreeTextQuestions {
    private final Set<String> accepting;

    private FreeTextQuestions(Set<String> accepting) {
        this.accepting = Set.copyOf(accepting);
    }

    /** The questions of {@code skill} whose step names a free-text reader. */
    public static FreeTextQuestions of(Skill skill) {
        Set<String> accepting = new HashSet<>();
        for (Phase phase : skill.phases()) {
            for (Step step : phase.steps()) {
                step.freeText().keySet().forEach(key -> accepting.add(phase.id() + "/" + id(key)));
            }
        }
        return new FreeTextQuestions(accepting);
    }

    boolean accepts(String phase, String id) {
        return accepting.contains(phase + "/" + id);
    }

    /** The id envelopes give a state key (the engine's rule). */
    private static String id(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
