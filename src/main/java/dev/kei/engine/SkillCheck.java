package dev.kei.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kei.ask.Option;
import dev.kei.ask.Payload;
import dev.kei.io.Json;
import dev.kei.io.Templates;
import dev.kei.skill.Phase;
import dev.kei.skill.Skill;
import dev.kei.skill.Step;
import dev.kei.spelling.DidYouMean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a skill's phase files and its code must agree on before a run starts: every generator and reader a phase
 * names is one of the skill's own plug-ins, and every option value the code reads is an option of its question.
 * Each disagreement is an {@code INVALID_SKILL} error, so an edited phase file fails at load, not mid-run or silently.
 */
final class SkillCheck {
    private final Skill skill;
    private final Plugins plugins;
    /** Each asking step's payload rendered once, however many values its questions are checked for. */
    private final Map<Step, Payload> rendered = new IdentityHashMap<>();

    private SkillCheck(Skill skill, Plugins plugins) {
        this.skill = skill;
        this.plugins = plugins;
    }

    static void check(Skill skill, Plugins plugins) throws RunException {
        SkillCheck check = new SkillCheck(skill, plugins);
        check.pluginNames();
        check.optionValues();
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

    private void optionValues() throws RunException {
        for (OptionValue value : plugins.optionValues(skill.name())) {
            boolean asked = false;
            for (Phase phase : skill.phases()) {
                for (Step step : phase.steps()) {
                    int index = step.keys().indexOf(value.key());
                    if (index >= 0) {
                        asked = true;
                        offered(value, step, index);
                    }
                }
            }
            if (!asked) {
                throw error(
                        shown(skill.hub()) + ": the code of skill " + skill.name() + " reads option '" + value.label()
                                + "' of `" + value.key() + "`, but no step stores `" + value.key() + "`",
                        null);
            }
        }
    }

    /** Throws unless question {@code index} of {@code step} offers {@code value}. */
    private void offered(OptionValue value, Step step, int index) throws RunException {
        String where = shown(step.file()) + ":" + step.questionLine(index);
        List<String> labels = labels(step, index, where);
        if (!labels.contains(value.label())) {
            throw new RunException(
                    "INVALID_SKILL",
                    "The skill cannot run: " + where + ": the question of `" + value.key() + "` (step " + step.id()
                            + ") has no option '" + value.label() + "', which the code of skill " + skill.name()
                            + " reads (options: " + String.join(", ", labels) + ").",
                    "Restore the label in the phase file, or change it in the skill's value table together with the"
                            + " code that reads it." + DidYouMean.hint(value.label(), labels),
                    false,
                    null);
        }
    }

    /**
     * The fixed option labels of a question: its template rendered with no data (options a generator fills in, like
     * table names, drop out: code cannot name them in advance), without {@code " (Recommended)"}.
     */
    private List<String> labels(Step step, int index, String where) throws RunException {
        Payload payload = rendered.get(step);
        try {
            if (payload == null) {
                String json = Templates.json(step.payloadTemplate().orElseThrow(), where, Map.of());
                payload = Json.MAPPER.treeToValue(Json.parse(json), Payload.class);
                rendered.put(step, payload);
            }
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw error(
                    where + ": cannot read the options of step " + step.id() + " to check the values its code"
                            + " reads: " + e.getMessage(),
                    e);
        }
        if (payload.questions().size() <= index) {
            throw error(
                    where + ": step " + step.id() + " stores `" + step.keys().get(index) + "` but asks only "
                            + payload.questions().size() + " questions",
                    null);
        }
        return payload.questions().get(index).options().stream()
                .map(Option::plainLabel)
                .toList();
    }

    /** A skill file as its author knows it: relative to the folder above the hub's ({@code phases/1-stack.md}). */
    private String shown(Path file) {
        Path base = skill.root().getParent();
        Path absolute = file.toAbsolutePath().normalize();
        return base != null && absolute.startsWith(base)
                ? base.relativize(absolute).toString()
                : absolute.toString();
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
