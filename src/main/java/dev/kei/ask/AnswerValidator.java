package dev.kei.ask;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.spelling.DidYouMean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Contracts section 4: turns an AskUserQuestion result into validated values, one per question, or rejects it
 * with a message that names the question and, where one fits, a "Did you mean ...?".
 */
public final class AnswerValidator {
    private static final int MAX_FREE_TEXT = 64 * 1024;

    private final List<AskedQuestion> questions;
    private final FreeTextReader.Context context;

    public AnswerValidator(List<AskedQuestion> questions, FreeTextReader.Context context) {
        this.questions = List.copyOf(questions);
        this.context = context;
    }

    /** Validates the {@code answers} object; the result maps each question's state key to its value. */
    public Map<String, AnswerValue> validate(JsonNode answers) throws InvalidAnswerException {
        if (answers == null || !answers.isObject()) {
            throw new InvalidAnswerException(
                    "The answers must be a JSON object keyed by question text or id.", exampleHint());
        }
        Map<AskedQuestion, JsonNode> byQuestion = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = answers.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            AskedQuestion q = resolve(field.getKey());
            if (byQuestion.put(q, field.getValue()) != null) {
                throw new InvalidAnswerException(
                        "Question '" + q.id() + "' is answered twice (under two keys that both name it).",
                        exampleHint());
            }
        }
        Map<String, AnswerValue> out = new LinkedHashMap<>();
        for (AskedQuestion q : questions) {
            JsonNode value = byQuestion.get(q);
            if (value == null) {
                throw new InvalidAnswerException(
                        "No answer for question '" + q.id() + "': "
                                + q.question().question(),
                        exampleHint());
            }
            out.put(q.key(), value(q, value));
        }
        return out;
    }

    private AskedQuestion resolve(String key) throws InvalidAnswerException {
        for (AskedQuestion q : questions) {
            if (q.id().equalsIgnoreCase(key) || q.question().question().strip().equals(key.strip())) {
                return q;
            }
        }
        List<String> ids = questions.stream().map(AskedQuestion::id).toList();
        String shown = key.length() > 80 ? key.substring(0, 80) + "..." : key;
        throw new InvalidAnswerException(
                "Unknown question '" + shown + "'; this step asks " + String.join(", ", ids) + "."
                        + DidYouMean.hint(key, ids),
                exampleHint());
    }

    private AnswerValue value(AskedQuestion q, JsonNode node) throws InvalidAnswerException {
        List<String> parts = new ArrayList<>();
        String whole;
        if (node.isTextual()) {
            whole = node.textValue();
            if (q.question().multiSelect()) {
                for (String part : whole.split(", ")) {
                    parts.add(part);
                }
            } else {
                parts.add(whole);
            }
        } else if (node.isArray() && node.isEmpty()) {
            throw new InvalidAnswerException("The answer to '" + q.id() + "' is empty.", labelsHint(q));
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    throw typeError(q, item);
                }
                parts.add(item.textValue());
            }
            if (!q.question().multiSelect() && parts.size() > 1) {
                throw new InvalidAnswerException(
                        "Question '" + q.id() + "' takes one option, got " + parts.size() + ".", labelsHint(q));
            }
            whole = String.join(", ", parts);
        } else {
            throw typeError(q, node);
        }
        if (whole.isBlank()) {
            throw new InvalidAnswerException("The answer to '" + q.id() + "' is empty.", labelsHint(q));
        }
        alone(q, parts, whole);
        List<String> labels = new ArrayList<>();
        String unmatched = null;
        for (String part : parts) {
            Optional<Option> option = match(q, part);
            if (option.isPresent()) {
                if (!labels.contains(option.get().plainLabel())) {
                    labels.add(option.get().plainLabel());
                }
            } else if (unmatched == null) {
                unmatched = part;
            }
        }
        if (unmatched == null) {
            return new AnswerValue.Choice(labels);
        }
        return freeText(q, whole, unmatched);
    }

    /** Refuses an option that must be chosen alone beside anything else: "None, customers" means nothing. */
    private static void alone(AskedQuestion q, List<String> parts, String whole) throws InvalidAnswerException {
        if (q.alone().isEmpty() || parts.size() < 2) {
            return;
        }
        String label = q.alone().get().label();
        boolean chosen = false;
        boolean others = false;
        for (String part : parts) {
            Optional<Option> option = match(q, part);
            boolean isAlone = option.isPresent() && option.get().plainLabel().equalsIgnoreCase(label)
                    || part.strip().equalsIgnoreCase(label);
            chosen |= isAlone;
            others |= !isAlone;
        }
        if (chosen && others) {
            String shown = whole.length() > 80 ? whole.substring(0, 80) + "..." : whole;
            throw new InvalidAnswerException(
                    "Question '" + q.id() + "': " + q.alone().get().message() + " (got '" + shown + "').",
                    "Answer '" + q.id() + "' with " + label + " alone, or without it.");
        }
    }

    private AnswerValue freeText(AskedQuestion q, String whole, String unmatched) throws InvalidAnswerException {
        List<String> plain =
                q.question().options().stream().map(Option::plainLabel).toList();
        if (q.freeText().isEmpty()) {
            String shown = unmatched.length() > 80 ? unmatched.substring(0, 80) + "..." : unmatched;
            throw new InvalidAnswerException(
                    "'" + shown + "' is not an option of question '" + q.id() + "' ("
                            + q.question().question() + ")." + DidYouMean.hint(unmatched, plain),
                    labelsHint(q));
        }
        if (whole.length() > MAX_FREE_TEXT) {
            throw new InvalidAnswerException(
                    "The free text for '" + q.id() + "' is longer than " + MAX_FREE_TEXT + " characters.",
                    labelsHint(q));
        }
        try {
            return new AnswerValue.FreeText(q.freeText().get().read(whole.strip(), context));
        } catch (FreeTextReader.InvalidFreeTextException e) {
            throw new InvalidAnswerException("Question '" + q.id() + "': " + e.getMessage(), e.hint());
        }
    }

    private static Optional<Option> match(AskedQuestion q, String given) {
        String wanted = given.strip().toLowerCase(Locale.ROOT);
        for (Option o : q.question().options()) {
            if (o.label().toLowerCase(Locale.ROOT).equals(wanted)
                    || o.plainLabel().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    private static InvalidAnswerException typeError(AskedQuestion q, JsonNode node) {
        return new InvalidAnswerException(
                "The answer to '" + q.id() + "' must be a string (an option label or free text)"
                        + (q.question().multiSelect() ? " or an array of labels" : "") + ", got "
                        + node.getNodeType().toString().toLowerCase(Locale.ROOT) + ".",
                labelsHint(q));
    }

    private static String labelsHint(AskedQuestion q) {
        List<String> labels =
                q.question().options().stream().map(Option::plainLabel).toList();
        return "Answer '" + q.id() + "' with one of: " + String.join(" | ", labels)
                + (q.question().multiSelect() ? " (several joined by \", \")" : "")
                + (q.freeText().isPresent() ? ", or free text" : "") + ".";
    }

    private String exampleHint() {
        StringBuilder sb = new StringBuilder("Send {\"answers\":{");
        for (int i = 0; i < questions.size(); i++) {
            AskedQuestion q = questions.get(i);
            sb.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(q.id())
                    .append("\":\"")
                    .append(q.question().options().get(0).plainLabel().replace("\"", "\\\""))
                    .append('"');
        }
        return sb.append("}}").toString();
    }
}
