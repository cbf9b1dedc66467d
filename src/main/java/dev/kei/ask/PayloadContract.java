package dev.kei.ask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Contracts section 3: what a payload must look like for Claude Code's AskUserQuestion tool to take it. Returns
 * every violation, so a skill author sees them all at once.
 */
public final class PayloadContract {
    public static final int MAX_HEADER = 12;

    private PayloadContract() {}

    public static List<String> violations(Payload payload) {
        List<String> out = new ArrayList<>();
        List<Question> questions = payload.questions();
        if (questions.isEmpty() || questions.size() > 4) {
            out.add("a payload has 1 to 4 questions, this one has " + questions.size());
        }
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String where = "question " + (i + 1);
            if (q.question() == null
                    || q.question().isBlank()
                    || !q.question().strip().endsWith("?")) {
                out.add(where + ": the question text must end with '?'");
            } else if (!texts.add(q.question())) {
                out.add(where + ": the same question text appears twice");
            }
            if (q.header() == null || q.header().isBlank() || q.header().length() > MAX_HEADER) {
                out.add(where + ": the header must have 1 to " + MAX_HEADER + " characters, got '" + q.header() + "'");
            }
            options(q, where, out);
        }
        return out;
    }

    /** A label with ", " is fine on a single-select; on a multi-select it would read as two answers. */
    private static void options(Question q, String where, List<String> out) {
        List<Option> options = q.options();
        if (options.size() < 2 || options.size() > 4) {
            out.add(where + ": 2 to 4 options, got " + options.size());
        }
        Set<String> labels = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            Option o = options.get(j);
            if (o.label() == null
                    || o.label().isBlank()
                    || o.description() == null
                    || o.description().isBlank()) {
                out.add(where + ", option " + (j + 1) + ": needs a label and a description");
                continue;
            }
            if (!labels.add(o.plainLabel().toLowerCase(java.util.Locale.ROOT))) {
                out.add(where + ": the label '" + o.plainLabel() + "' appears twice");
            }
            if (j > 0 && o.label().endsWith(Option.RECOMMENDED)) {
                out.add(where + ": only the first option may be marked (Recommended)");
            }
            if (q.multiSelect() && o.label().contains(", ")) {
                out.add(where + ": the label '" + o.label() + "' holds ', ', which separates multi-select answers");
            }
        }
    }
}
