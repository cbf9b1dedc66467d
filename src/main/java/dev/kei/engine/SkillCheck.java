package dev.kei.engine;

import dev.kei.skill.Phase;
import dev.kei.skill.Skill;
import dev.kei.skill.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * What a skill's phase files and its code must agree on before a run starts: every generator and reader a phase
 * names is one of the skill's own plug-ins. Each disagreement is an {@code INVALID_SKILL} error, so an edited phase
 * file fails at load, not mid-run.
 */
final class SkillCheck {
    private final Skill skill;
    private final Plugins plugins;

    private SkillCheck(Skill skill, Plugins plugins) {
        this.skill = skill;
        this.plugins = plugins;
    }

    static void check(Skill skill, Plugins plugins) throws RunException {
        SkillCheck check = new SkillCheck(skill, plugins);
        check.pluginNames();
    }

    private void pluginNames() throws RunException {
        for (Phase phase : skill.phases()) {
            for (Step step : phase.steps()) {
                List<Step.Action> actions = new ArrayList<>(step.before());
                actions.addAll(step.after());
                for (Step.Action a : actions) {
                    if (plugins.generator(skill.name(), a.generator()).isEmpty()) {
                        throw error(
                                "phases/" + phase.id() + ".md step " + step.id() + " runs `" + a.generator()
                                        + "`, which no generator on the class path provides (known: "
                                        + String.join(", ", plugins.generatorNames(skill.name())) + ")",
                                null);
                    }
                }
                for (String reader : step.freeText().values()) {
                    if (plugins.reader(skill.name(), reader).isEmpty()) {
                        throw error(
                                "phases/" + phase.id() + ".md step " + step.id() + " reads free text as `"
                                        + reader + "`, which no reader provides (known: "
                                        + String.join(", ", plugins.readerNames(skill.name())) + ")",
                                null);
                    }
                }
            }
        }
    }

    static RunException error(String message, Throwable cause) {
        return new RunException(
                "INVALID_SKILL",
                "The skill cannot run: " + message + ".",
                "Fix the skill file; run `mvn test` to check every phase.",
                false,
                cause);
    }
}
