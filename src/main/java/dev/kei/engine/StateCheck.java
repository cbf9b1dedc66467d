package dev.kei.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.Option;
import dev.kei.ask.Payload;
import dev.kei.ask.PayloadContract;
import dev.kei.ask.Question;
import dev.kei.ask.Transcript;
import dev.kei.io.Json;
import dev.kei.skill.Phase;
import dev.kei.skill.Skill;
import dev.kei.skill.Step;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a stored run is one kei could have written for its skill: a clock that is a time, a cursor and a pending
 * question at steps the skill has, as many answers as exchanges, and every stored answer one its question allows.
 * A state edited by hand is refused here (INVALID_STATE, naming the field) rather than failing steps later.
 */
final class StateCheck {
    private StateCheck() {}

    /** Refuses {@code state} (from {@code file}) unless it is a consistent run of {@code skill}. */
    static void check(State state, Skill skill, Path file) throws RunException {
        String problem = problem(state, skill);
        if (problem != null) {
            throw Refusal.usage(
                    "INVALID_STATE",
                    "The state file " + file + " is not a consistent kei state: " + problem + ".",
                    "Undo the edit, or start over: delete " + file + ", or pass --state NEW_FILE.");
        }
    }

    private static String problem(State s, Skill skill) {
        if (s.intake() == null) {
            return "field intake is missing";
        }
        if (!clockIsCanonical(s.clock())) {
            return "field clock '" + s.clock() + "' is not a UTC instant such as 2026-11-21T10:00:00Z";
        }
        if (s.cursor() != null && skill.find(s.cursor()).isEmpty()) {
            return "field cursor '" + s.cursor() + "' is no step of skill " + skill.name();
        }
        if (s.asks() < 0
                || s.asks() > SkillRunner.MAX_ASKS
                || s.asks() != s.exchanges().size()) {
            return "field asks is " + s.asks() + " but the state holds "
                    + s.exchanges().size() + " exchanges";
        }
        for (int i = 0; i < s.exchanges().size(); i++) {
            String problem = exchange(s.exchanges().get(i));
            if (problem != null) {
                return "field exchanges[" + i + "] " + problem;
            }
        }
        if (s.cursor() != null && s.pending() == null) {
            // kei saves a run only at a question or at its end
            return "field pending is missing while field cursor is at step " + s.cursor();
        }
        if (s.pending() != null) {
            String problem = pending(s, skill);
            if (problem != null) {
                return "field pending." + problem;
            }
        }
        for (Map.Entry<String, State.StoredAnswer> a : s.answers().entrySet()) {
            String problem = answer(a.getKey(), a.getValue(), s, skill);
            if (problem != null) {
                return "field answers." + a.getKey() + " " + problem;
            }
        }
        for (String path : s.artifacts().keySet()) {
            Path p = Path.of(path);
            if (p.isAbsolute()
                    || p.normalize().startsWith("..")
                    || !p.normalize().toString().equals(path)) {
                return "field artifacts names '" + path + "', which is not a path inside the output folder";
            }
        }
        return null;
    }

    private static boolean clockIsCanonical(String clock) {
        try {
            Instant t = Instant.parse(clock);
            return t.truncatedTo(ChronoUnit.SECONDS).toString().equals(clock);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String exchange(Transcript.Exchange e) {
        if (e.ids() == null || e.answers() == null || !e.answers().isObject()) {
            return "lacks its ids or its answers object";
        }
        if (e.payload() != null && payload(e.payload()).isEmpty()) {
            return "has a payload that is not an AskUserQuestion input";
        }
        if (e.payload() != null
                && payload(e.payload()).get().questions().size() != e.ids().size()) {
            return "has " + e.ids().size() + " ids for "
                    + payload(e.payload()).get().questions().size() + " questions";
        }
        return null;
    }

    private static String pending(State s, Skill skill) {
        State.Pending p = s.pending();
        Optional<Skill.StepRef> ref = p.stepId() == null ? Optional.empty() : skill.find(p.stepId());
        if (ref.isEmpty() || !skill.stepOf(ref.get()).asks()) {
            return "stepId '" + p.stepId() + "' is no question of skill " + skill.name();
        }
        if (!p.stepId().equals(s.cursor())) {
            return "stepId '" + p.stepId() + "' is not the cursor '" + s.cursor() + "'";
        }
        Phase phase = skill.phaseOf(ref.get());
        Step step = skill.stepOf(ref.get());
        if (!phase.id().equals(p.phase())) {
            return "phase '" + p.phase() + "' is not step " + p.stepId() + "'s phase " + phase.id();
        }
        List<String> ids =
                step.keys().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        if (!ids.equals(p.ids())) {
            return "ids " + p.ids() + " are not step " + p.stepId() + "'s " + ids;
        }
        if (p.step() != s.asks() + 1) {
            return "step is " + p.step() + " after " + s.asks() + " answers";
        }
        Optional<Payload> payload = payload(p.payload());
        if (payload.isEmpty()
                || !PayloadContract.violations(payload.get()).isEmpty()
                || payload.get().questions().size() != ids.size()) {
            return "payload is not the AskUserQuestion input of step " + p.stepId();
        }
        return null;
    }

    /** A stored answer: a key some step stores, and labels its question offered (or free text it reads). */
    private static String answer(String key, State.StoredAnswer a, State s, Skill skill) {
        Optional<Step> step = skill.phases().stream()
                .flatMap(ph -> ph.steps().stream())
                .filter(st -> st.keys().contains(key))
                .findFirst();
        if (step.isEmpty()) {
            return "is stored for no question of skill " + skill.name();
        }
        if (a == null || a.value().isEmpty()) {
            return "holds no value";
        }
        if (a.freeText()) {
            return step.get().freeText().containsKey(key) ? null : "is free text, which its question does not take";
        }
        Optional<Question> asked = lastAsked(key, s);
        if (asked.isEmpty()) {
            return "answers a question no exchange asked";
        }
        List<String> labels =
                asked.get().options().stream().map(Option::plainLabel).toList();
        for (String v : a.value()) {
            if (!labels.contains(v)) {
                return "'" + v + "' is no option of '" + asked.get().question() + "' (" + String.join(", ", labels)
                        + ")";
            }
        }
        if (a.value().size() > 1 && !asked.get().multiSelect()) {
            return "holds " + a.value().size() + " labels for a single-choice question";
        }
        return null;
    }

    private static Optional<Question> lastAsked(String key, State s) {
        String id = key.toLowerCase(Locale.ROOT);
        for (int i = s.exchanges().size() - 1; i >= 0; i--) {
            Transcript.Exchange e = s.exchanges().get(i);
            int at = e.ids().indexOf(id);
            if (at >= 0) {
                return payload(e.payload())
                        .filter(p -> at < p.questions().size())
                        .map(p -> p.questions().get(at));
            }
        }
        return Optional.empty();
    }

    private static Optional<Payload> payload(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        try {
            Payload p = Json.MAPPER.treeToValue(node, Payload.class);
            boolean whole = p != null
                    && p.questions().stream()
                            .allMatch(q -> q != null
                                    && q.question() != null
                                    && q.options().stream().allMatch(o -> o != null && o.label() != null));
            return whole ? Optional.of(p) : Optional.empty();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
