package dev.kei.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.ask.AnswerValidator;
import dev.kei.ask.AnswerValue;
import dev.kei.ask.AskedQuestion;
import dev.kei.ask.Envelope;
import dev.kei.ask.FreeTextReader;
import dev.kei.ask.InvalidAnswerException;
import dev.kei.ask.Payload;
import dev.kei.ask.PayloadContract;
import dev.kei.io.Json;
import dev.kei.io.Templates;
import dev.kei.redact.Redactor;
import dev.kei.skill.Condition;
import dev.kei.skill.Phase;
import dev.kei.skill.Skill;
import dev.kei.skill.Step;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The state machine: moves a run through the steps of a skill until a question needs an answer or the skill
 * ends. Pure with respect to the state (each call returns a new one; the caller saves it); the only side effects
 * are the artifacts generators write. Knows no skill by name: everything comes from the phase files and plugins.
 */
public final class SkillRunner {
    /** A bound on asks per run, so a phase file whose loop never ends stops with a clear error. */
    static final int MAX_ASKS = 200;

    private final Skill skill;
    private final Plugins plugins;
    private final Path out;
    private final PrintStream log;
    private final Redactor redactor;

    /** Throws {@code INVALID_SKILL} when the skill's phase files and its plug-ins disagree ({@link SkillCheck}). */
    public SkillRunner(Skill skill, Plugins plugins, Path out, PrintStream log) throws RunException {
        this.skill = skill;
        this.plugins = plugins;
        this.out = out;
        this.log = log;
        this.redactor = redactor(plugins);
        SkillCheck.check(skill, plugins);
    }

    public Skill skill() {
        return skill;
    }

    /** The folder this run writes its files into, absolute. */
    public Path out() {
        return out;
    }

    /**
     * A fresh state for this skill, positioned at its first step; {@code skillPath} is null for a skill found by name.
     * The intake is stored with its credentials masked, so no copy of the run ever holds them.
     */
    public State start(String intake, String clock, String skillPath) {
        String first = skill.first().map(ref -> skill.stepOf(ref).id()).orElse(null);
        return State.start(skill.name(), skillPath, skill.digest(), redact(intake), clock, first)
                .writingTo(out.toString());
    }

    /** {@code text} as a run stores it: credentials masked (null stays null). */
    public String redact(String text) {
        return redactor.clean(text);
    }

    /** The redactor a command handed over, else one for the process's environment. */
    static Redactor redactor(Plugins plugins) {
        return plugins.service(Redactor.class).orElseGet(() -> Redactor.of(System.getenv()));
    }

    /** Runs steps until a question is pending or the skill ends. A pending question is returned as it is. */
    public Outcome advance(State state) throws RunException {
        State s = state;
        while (true) {
            if (s.pending() != null) {
                return asking(s);
            }
            if (s.cursor() == null) {
                return finished(s);
            }
            Skill.StepRef ref = ref(s.cursor());
            Step step = skill.stepOf(ref);
            if (!step.when().test(answers(s))) {
                s = s.at(nextId(ref), null);
                continue;
            }
            s = runActions(step.before(), step, s);
            if (step.asks()) {
                if (s.asks() >= MAX_ASKS) {
                    throw new RunException(
                            "RUN_LIMIT",
                            "The run asked " + MAX_ASKS + " questions without ending.",
                            "A loop in the skill never ends; check its **Go to** conditions.",
                            false,
                            null);
                }
                return asking(s.at(s.cursor(), pending(skill.phaseOf(ref), step, s)));
            }
            s = runActions(step.after(), step, s);
            s = s.at(jumpOrNext(step, ref, s), null);
        }
    }

    /**
     * Validates {@code input} ({@code {"answers":{...}}}) against the pending question, stores it and advances.
     * Throws {@link InvalidAnswerException} and leaves {@code state} untouched when the answer is rejected.
     */
    public Outcome answer(State state, JsonNode input) throws InvalidAnswerException, RunException {
        State.Pending pending = state.pending();
        if (pending == null) {
            throw new InvalidAnswerException(
                    state.done() ? "The run is done; there is no question to answer." : "No question is pending.",
                    "Run `kei-skill next` to see where the run stands.");
        }
        // credentials never reach a reader, the state, a transcript or an error message
        JsonNode answers = redactor.clean(unwrap(input, pending));
        Skill.StepRef ref = ref(pending.stepId());
        Step step = skill.stepOf(ref);
        Payload payload = Json.MAPPER.convertValue(pending.payload(), Payload.class);
        List<AskedQuestion> asked = new ArrayList<>();
        for (int i = 0; i < step.keys().size(); i++) {
            String key = step.keys().get(i);
            Optional<FreeTextReader> reader =
                    Optional.ofNullable(step.freeText().get(key)).flatMap(r -> plugins.reader(skill.name(), r));
            Optional<AskedQuestion.Alone> alone = Optional.ofNullable(
                            step.alone().get(key))
                    .map(a -> new AskedQuestion.Alone(a.label(), a.message()));
            asked.add(new AskedQuestion(
                    pending.ids().get(i), key, payload.questions().get(i), reader, alone));
        }
        Map<String, AnswerValue> values = new AnswerValidator(asked, readerContext(state)).validate(answers);
        Map<String, State.StoredAnswer> stored = new LinkedHashMap<>();
        ObjectNode recorded = Json.MAPPER.createObjectNode();
        for (AskedQuestion q : asked) {
            AnswerValue v = values.get(q.key());
            stored.put(q.key(), new State.StoredAnswer(v.values(), v instanceof AnswerValue.FreeText));
            if (q.question().multiSelect() && v instanceof AnswerValue.Choice) {
                v.values().forEach(recorded.putArray(q.id())::add);
            } else {
                recorded.put(q.id(), String.join(", ", v.values()));
            }
        }
        State s = state.answered(
                stored,
                new dev.kei.ask.Transcript.Exchange(pending.phase(), pending.ids(), pending.payload(), recorded));
        s = runActions(step.after(), step, s);
        return advance(s.at(jumpOrNext(step, ref, s), null));
    }

    private JsonNode unwrap(JsonNode input, State.Pending pending) throws InvalidAnswerException {
        String example = "Send {\"answers\":{\"<id or question text>\":\"<option label or free text>\"}}.";
        if (input == null || !input.isObject()) {
            throw new InvalidAnswerException("An answer must be a JSON object with an \"answers\" field.", example);
        }
        Iterator<String> names = input.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!List.of("answers", "type", "step").contains(name)) {
                throw new InvalidAnswerException("Unexpected field '" + name + "' in the answer.", example);
            }
        }
        JsonNode type = input.get("type");
        if (type != null && !(type.isTextual() && type.textValue().equals("answer"))) {
            throw new InvalidAnswerException("The field \"type\" of an answer must be \"answer\".", example);
        }
        JsonNode step = input.get("step");
        if (step != null && !(step.isInt() && step.intValue() == pending.step())) {
            throw new InvalidAnswerException(
                    "This answer is for step " + step + " but step " + pending.step() + " (phase " + pending.phase()
                            + ") is pending.",
                    "Answer the pending question: " + String.join(", ", pending.ids()) + ".");
        }
        JsonNode answers = input.get("answers");
        if (answers == null) {
            throw new InvalidAnswerException("The answer has no \"answers\" field.", example);
        }
        return answers;
    }

    private State.Pending pending(Phase phase, Step step, State s) throws RunException {
        String name = phase.id() + " step " + step.id();
        String json;
        try {
            json = Templates.json(step.payloadTemplate().orElseThrow(), name, Scope.of(s));
        } catch (IllegalArgumentException e) {
            throw SkillCheck.error(name + ": " + e.getMessage(), e);
        }
        Payload payload;
        try {
            payload = Json.MAPPER.treeToValue(Json.parse(json), Payload.class);
        } catch (JsonProcessingException e) {
            throw SkillCheck.error(
                    name + ": the rendered payload is not an AskUserQuestion input: " + Json.describe(e), e);
        }
        List<String> violations = PayloadContract.violations(payload);
        if (!violations.isEmpty()) {
            throw SkillCheck.error(
                    name + ": the payload breaks contracts section 3: " + String.join("; ", violations), null);
        }
        if (payload.questions().size() != step.keys().size()) {
            throw SkillCheck.error(
                    name + ": " + payload.questions().size() + " questions but "
                            + step.keys().size() + " keys to store them in",
                    null);
        }
        List<String> ids =
                step.keys().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        return new State.Pending(s.asks() + 1, step.id(), phase.id(), ids, Json.MAPPER.valueToTree(payload));
    }

    private State runActions(List<Step.Action> actions, Step step, State s) throws RunException {
        State current = s;
        for (Step.Action action : actions) {
            if (!action.when().test(answers(current))) {
                continue;
            }
            Generator generator =
                    plugins.generator(skill.name(), action.generator()).orElseThrow();
            GeneratorContext context = new GeneratorContext(skill, plugins, out, current, log);
            try {
                try {
                    generator.run(context);
                } finally {
                    context.saveLedger();
                }
            } catch (Generator.InvalidInputException e) {
                throw new RunException(
                        "INVALID_INPUT",
                        "Step " + step.id() + " (" + action.generator() + ") refused its input: " + e.getMessage(),
                        "Nothing was recorded for this step; fix the input and run again.",
                        true,
                        e);
            } catch (Generator.GeneratorException e) {
                throw new RunException(
                        "GENERATOR_FAILED",
                        "Step " + step.id() + " (" + action.generator() + ") failed: " + e.getMessage(),
                        "Nothing was recorded for this step; fix the cause and run again.",
                        false,
                        e);
            } catch (ForeignFileException e) {
                throw new RunException(
                        "FILE_EXISTS",
                        "Step " + step.id() + " (" + action.generator() + ") stopped: " + e.getMessage(),
                        "Nothing was recorded for this step. Move " + e.path() + " away (or run in another --out),"
                                + " then answer again.",
                        true,
                        e);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                throw new RunException(
                        "GENERATOR_FAILED",
                        "Step " + step.id() + " (" + action.generator() + ") could not write its files: "
                                + e.getMessage(),
                        "Check the output folder.",
                        false,
                        e);
            }
            current = context.apply(current);
        }
        return current;
    }

    private String jumpOrNext(Step step, Skill.StepRef ref, State s) {
        for (Step.Jump jump : step.jumps()) {
            if (jump.when().test(answers(s))) {
                return jump.target();
            }
        }
        return nextId(ref);
    }

    private String nextId(Skill.StepRef ref) {
        return skill.next(ref).map(r -> skill.stepOf(r).id()).orElse(null);
    }

    private Skill.StepRef ref(String stepId) throws RunException {
        return skill.find(stepId)
                .orElseThrow(() -> new RunException(
                        "STATE_MISMATCH",
                        "The state points at step " + stepId + ", which skill " + skill.name() + " does not have.",
                        "Start a new run.",
                        true,
                        null));
    }

    private Outcome asking(State s) {
        return new Outcome.Asking(s, envelope(skill.name(), s.pending()));
    }

    /** The {@code ask} envelope of a pending question. */
    static Envelope.Ask envelope(String skillName, State.Pending p) {
        return new Envelope.Ask(skillName, p.phase(), p.step(), p.ids(), p.payload());
    }

    private Outcome finished(State s) {
        List<Envelope.Artifact> artifacts = s.artifacts().entrySet().stream()
                .map(e -> new Envelope.Artifact(e.getKey(), e.getValue()))
                .toList();
        return new Outcome.Finished(
                s, new Envelope.Done(skill.name(), artifacts, s.nextSteps() == null ? "" : s.nextSteps()));
    }

    /**
     * What conditions read: the answer stored under a key, else a fact a generator stored under that key as text (a
     * skill's way to skip questions its input already answers: db-change's {@code PLAN} when a plan was given).
     */
    private static Condition.Answers answers(State s) {
        return new Condition.Answers() {
            @Override
            public List<String> values(String key) {
                State.StoredAnswer a = s.answers().get(key);
                if (a != null) {
                    return a.value();
                }
                JsonNode fact = s.data().get(key);
                return fact != null && fact.isTextual() ? List.of(fact.asText()) : List.of();
            }

            @Override
            public boolean isFreeText(String key) {
                State.StoredAnswer a = s.answers().get(key);
                return a != null && a.freeText();
            }
        };
    }

    private static FreeTextReader.Context readerContext(State s) {
        return new FreeTextReader.Context() {
            @Override
            public String intake() {
                return s.intake();
            }

            @Override
            public List<String> values(String key) {
                State.StoredAnswer a = s.answers().get(key);
                return a == null ? List.of() : a.value();
            }

            @Override
            public Optional<JsonNode> data(String key) {
                return Optional.ofNullable(s.data().get(key));
            }
        };
    }
}
