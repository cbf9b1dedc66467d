package dev.kei.skill;

import java.util.List;

/**
 * One phase file of a skill.
 *
 * @param id the file name without {@code .md}, e.g. {@code 1-stack}; it is what envelopes call the phase
 * @param title the text of the file's first heading
 * @param steps the steps, one per second-level heading, in file order
 */
public record Phase(String id, String title, List<Step> steps) {
    public Phase {
        steps = List.copyOf(steps);
    }
}
