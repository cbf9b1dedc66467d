package dev.kei.engine;

import dev.kei.ask.FreeTextReader;
import java.util.List;

/**
 * What one skill brings to the engine: the generators and free-text readers its phase files call, by the names those
 * files use, and the option values its code reads. An implementation is listed in
 * {@code META-INF/services/dev.kei.engine.SkillPlugins} and found through {@link java.util.ServiceLoader}; the
 * engine knows no skill by name.
 *
 * <p>Names are the skill's own: two skills may each have a {@code write-migrations}, and a phase file can call only
 * its own skill's plug-ins. Two plug-ins of one skill with the same name are refused at discovery.
 */
public interface SkillPlugins {

    /** The skill these belong to: the {@code name} in its hub's front matter. */
    String skill();

    /** The skill's generators; each answers {@link Generator#name()} with the name its phase files run. */
    List<Generator> generators();

    /** The skill's free-text readers; each answers {@link FreeTextReader#name()} as its phase files name it. */
    default List<FreeTextReader> readers() {
        return List.of();
    }

    /**
     * The option labels the skill's code compares answers with (its value table). When the skill loads, each must be
     * an option of its question in the phase files, so an edited label is an {@code INVALID_SKILL} error rather than
     * an answer that silently takes the default branch.
     */
    default List<OptionValue> optionValues() {
        return List.of();
    }
}
