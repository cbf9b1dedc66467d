package dev.kei.engine;

/**
 * One option label a skill's code reads: the state key of the question and the option's exact label, without
 * {@code " (Recommended)"}, as {@link dev.kei.ask.AnswerValidator} stores it. A skill declares every such value in
 * {@link SkillPlugins#optionValues()}, and the engine checks it against the phase files when the skill loads.
 */
public interface OptionValue {

    /** The state key the question stores its answer under, e.g. {@code DB}. */
    String key();

    /** The option's label as stored, e.g. {@code MySQL}. */
    String label();
}
