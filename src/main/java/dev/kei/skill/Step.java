package dev.kei.skill;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One step of a phase: a heading, and what the runtime does there.
 *
 * <p>A step may ask (it has a payload template and the state keys its answers fill), may run generators before
 * and after the ask, may be skipped by a condition and may jump back (a loop) after it ran.
 *
 * @param id the heading's first word, e.g. {@code 3a}; unique within the skill
 * @param title the rest of the heading
 * @param payloadTemplate the fenced json block, a Mustache template rendered from the state, if the step asks
 * @param keys the state key each question's answer fills, in question order
 * @param freeText for each key that accepts free text, the name of the reader that interprets it
 * @param alone for each key of a multi-select question, the option that cannot be chosen with others, if any
 * @param when the step runs only when this holds; {@link Condition.Always} otherwise
 * @param before generators run before the ask (they prepare what the question shows)
 * @param after generators run after the answer was stored, each with its own condition
 * @param jumps where to go after the step instead of the next one, first matching condition wins
 * @param file the phase file the step is written in
 * @param line the line of its heading, for error messages
 * @param payloadLine the line of the json block's opening fence, 0 when the step does not ask
 */
public record Step(
        String id,
        String title,
        Optional<String> payloadTemplate,
        List<String> keys,
        Map<String, String> freeText,
        Map<String, Alone> alone,
        Condition when,
        List<Action> before,
        List<Action> after,
        List<Jump> jumps,
        java.nio.file.Path file,
        int line,
        int payloadLine) {
    /** A question's {@code "question"} member in the payload template (not one inside a JSON string). */
    private static final java.util.regex.Pattern QUESTION =
            java.util.regex.Pattern.compile("(?<!\\\\)\"question\"\\s*:");

    public Step {
        keys = List.copyOf(keys);
        freeText = Map.copyOf(freeText);
        alone = Map.copyOf(alone);
        before = List.copyOf(before);
        after = List.copyOf(after);
        jumps = List.copyOf(jumps);
    }

    public boolean asks() {
        return payloadTemplate.isPresent();
    }

    /**
     * The line of the phase file where question {@code index} (0-based) of the payload starts, so an error about one
     * question points at it; the fence's line when the template does not show it.
     */
    public int questionLine(int index) {
        String template = payloadTemplate.orElse("");
        Matcher m = QUESTION.matcher(template);
        for (int found = 0; m.find(); found++) {
            if (found == index) {
                return payloadLine
                        + 1
                        + (int) template.substring(0, m.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
            }
        }
        return payloadLine;
    }

    /**
     * An option that is chosen alone or not at all ({@code **Exclusive option** for `KEY` is `None`: why.}), such as
     * a "None" beside the tables of a multi-select; {@code message} says why to the person who combined them.
     */
    public record Alone(String label, String message) {}

    /** A generator to run, when its condition holds. */
    public record Action(String generator, Condition when) {}

    /** A jump to another step, when its condition holds. */
    public record Jump(String target, Condition when, int line) {}
}
