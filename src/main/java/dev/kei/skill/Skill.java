package dev.kei.skill;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A loaded skill: the hub's front matter, its phases in order, and the digest of every file it was read from.
 *
 * @param name the hub's front-matter {@code name}
 * @param description the hub's front-matter {@code description}
 * @param hub the hub file
 * @param phases the phases in the order the hub lists them
 * @param digest SHA-256 over every file of the skill, so a state can refuse a different version
 * @param checksum CRC-32C over the same files, for the step-mode fast path's cheap check
 */
public record Skill(String name, String description, Path hub, List<Phase> phases, String digest, String checksum) {

    public Skill {
        phases = List.copyOf(phases);
    }

    /** The folder the hub lives in; templates resolve against it. */
    public Path root() {
        return hub.getParent();
    }

    /** The step with this id, in whichever phase holds it. */
    public Optional<StepRef> find(String stepId) {
        for (int p = 0; p < phases.size(); p++) {
            List<Step> steps = phases.get(p).steps();
            for (int s = 0; s < steps.size(); s++) {
                if (steps.get(s).id().equals(stepId)) {
                    return Optional.of(new StepRef(p, s));
                }
            }
        }
        return Optional.empty();
    }

    /** The first step of the skill, if it has one. */
    public Optional<StepRef> first() {
        return next(new StepRef(0, -1));
    }

    /** The step after {@code ref}, crossing phase boundaries. */
    public Optional<StepRef> next(StepRef ref) {
        int p = ref.phase();
        int s = ref.step() + 1;
        while (p < phases.size()) {
            if (s < phases.get(p).steps().size()) {
                return Optional.of(new StepRef(p, s));
            }
            p++;
            s = 0;
        }
        return Optional.empty();
    }

    public Phase phaseOf(StepRef ref) {
        return phases.get(ref.phase());
    }

    public Step stepOf(StepRef ref) {
        return phases.get(ref.phase()).steps().get(ref.step());
    }

    /** A position in the skill: phase index and step index within it. */
    public record StepRef(int phase, int step) {}
}
