package dev.kei.skill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads a skill from its hub file: front matter ({@code name}, {@code description}) and, under the hub's
 * {@code ## Phases} heading, the links to the phase files in the order they run.
 */
public final class MarkdownSkillLoader {
    private MarkdownSkillLoader() {}

    /** Loads the skill whose hub is {@code hub}; throws {@link SkillFormatException} on a malformed file. */
    public static Skill load(Path hub) {
        SkillFiles files = SkillFiles.read(hub);
        FrontMatter front = FrontMatter.read(hub, files.hubText());
        List<Phase> phases = new ArrayList<>();
        files.phases().forEach((file, text) -> phases.add(PhaseFileReader.read(file, text)));
        checkSteps(hub, phases);
        return new Skill(
                front.name(),
                front.description(),
                hub.toAbsolutePath().normalize(),
                phases,
                files.digest(),
                files.checksum());
    }

    private static void checkSteps(Path hub, List<Phase> phases) {
        Set<String> ids = new HashSet<>();
        for (Phase phase : phases) {
            for (Step step : phase.steps()) {
                if (!ids.add(step.id())) {
                    throw new SkillFormatException(step.file(), step.line(), "step " + step.id() + " is defined twice");
                }
            }
        }
        for (Phase phase : phases) {
            for (Step step : phase.steps()) {
                for (Step.Jump jump : step.jumps()) {
                    if (!ids.contains(jump.target())) {
                        throw new SkillFormatException(
                                step.file(),
                                jump.line(),
                                "step " + step.id() + " goes to step " + jump.target() + ", which no phase defines");
                    }
                }
            }
        }
    }
}
