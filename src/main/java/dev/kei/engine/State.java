package dev.kei.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.Transcript.Exchange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a run has decided so far; written to {@code .kei/state.json} after every step, so a run can stop
 * (or be killed) at any question and resume. Immutable: the runner derives a new state for every change, and a
 * rejected answer simply never produces one.
 *
 * @param version the file format version, {@link #VERSION}
 * @param skill the skill's name
 * @param skillPath the hub file, when the skill was given by path rather than found by name
 * @param skillDigest the digest of the skill files the run started with; resuming with others is refused
 * @param intake the one-line description the run started from
 * @param clock "now" for this run (ISO-8601), fixed at the start so every file it writes is reproducible
 * @param out the output folder the run writes into, absolute and normalised, fixed at the start so every call of
 *     step mode writes there whatever its working directory; null in a state written before the field existed
 * @param cursor the id of the step to run next, or null when done
 * @param pending the question waiting for an answer, or null
 * @param asks how many questions have been answered
 * @param answers the stored answers by state key
 * @param data what generators computed, by name
 * @param artifacts the files written, by path relative to the output folder, with their SHA-256
 * @param exchanges every accepted ask and answer, in order: what a transcript records
 * @param nextSteps the text shown at the end, once the skill set it
 * @param record the transcript file this run records to (step mode keeps recording across calls), or null
 */
@JsonPropertyOrder({
    "version",
    "skill",
    "skillPath",
    "skillDigest",
    "intake",
    "clock",
    "out",
    "cursor",
    "pending",
    "asks",
    "answers",
    "data",
    "artifacts",
    "exchanges",
    "nextSteps",
    "record"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record State(
        int version,
        String skill,
        String skillPath,
        String skillDigest,
        String intake,
        String clock,
        String out,
        String cursor,
        Pending pending,
        int asks,
        Map<String, StoredAnswer> answers,
        Map<String, JsonNode> data,
        Map<String, String> artifacts,
        List<Exchange> exchanges,
        String nextSteps,
        String record) {

    public static final int VERSION = 1;

    public State {
        answers = Collections.unmodifiableMap(new TreeMap<>(answers == null ? Map.of() : answers));
        data = Collections.unmodifiableMap(new TreeMap<>(data == null ? Map.of() : data));
        artifacts = Collections.unmodifiableMap(new TreeMap<>(artifacts == null ? Map.of() : artifacts));
        exchanges = List.copyOf(exchanges == null ? List.of() : exchanges);
    }

    /** A new run, positioned before the first step. */
    public static State start(
            String skill, String skillPath, String digest, String intake, String clock, String firstStep) {
        return new State(
                VERSION, skill, skillPath, digest, intake, clock, null, firstStep, null, 0, Map.of(), Map.of(),
                Map.of(), List.of(), null, null);
    }

    public boolean done() {
        return cursor == null && pending == null;
    }

    State at(String newCursor, Pending newPending) {
        return copy(newCursor, newPending, asks, answers, data, artifacts, exchanges, nextSteps, record);
    }

    State withData(Map<String, JsonNode> newData, Map<String, String> newArtifacts, String newNextSteps) {
        return copy(cursor, pending, asks, answers, newData, newArtifacts, exchanges, newNextSteps, record);
    }

    State answered(Map<String, StoredAnswer> stored, Exchange exchange) {
        Map<String, StoredAnswer> all = new TreeMap<>(answers);
        all.putAll(stored);
        List<Exchange> log = new ArrayList<>(exchanges);
        log.add(exchange);
        return copy(cursor, null, asks + 1, all, data, artifacts, log, nextSteps, record);
    }

    /** The prefix of data entries that hold values taken from outside the run (see {@link #recorded()}). */
    public static final String RECORDED = "recorded:";

    /** The values this run took from outside its answers (a model's proposals), by name, for the transcript. */
    public Map<String, JsonNode> recorded() {
        Map<String, JsonNode> out = new TreeMap<>();
        data.forEach((k, v) -> {
            if (k.startsWith(RECORDED)) {
                out.put(k.substring(RECORDED.length()), v);
            }
        });
        return out;
    }

    /** This state with {@code values} as recorded outside values, e.g. from a transcript being replayed. */
    public State withRecorded(Map<String, JsonNode> values) {
        Map<String, JsonNode> all = new TreeMap<>(data);
        values.forEach((k, v) -> all.put(RECORDED + k, v));
        return withData(all, artifacts, nextSteps);
    }

    /** This state with one more data entry (a setting a command gives the run, such as the transport in use). */
    public State withDataEntry(String key, JsonNode value) {
        Map<String, JsonNode> all = new TreeMap<>(data);
        all.put(key, value);
        return withData(all, artifacts, nextSteps);
    }

    /** This run writing its files into {@code folder} (absolute). */
    public State writingTo(String folder) {
        return new State(
                version,
                skill,
                skillPath,
                skillDigest,
                intake,
                clock,
                folder,
                cursor,
                pending,
                asks,
                answers,
                data,
                artifacts,
                exchanges,
                nextSteps,
                record);
    }

    /** This state, recording to {@code file} from now on. */
    public State recordingTo(String file) {
        return copy(cursor, pending, asks, answers, data, artifacts, exchanges, nextSteps, file);
    }

    /** This run (skill, intake, clock, output folder fixed) at another point: the one place the withers build a state. */
    private State copy(
            String newCursor,
            Pending newPending,
            int newAsks,
            Map<String, StoredAnswer> newAnswers,
            Map<String, JsonNode> newData,
            Map<String, String> newArtifacts,
            List<Exchange> newExchanges,
            String newNextSteps,
            String newRecord) {
        return new State(
                version,
                skill,
                skillPath,
                skillDigest,
                intake,
                clock,
                out,
                newCursor,
                newPending,
                newAsks,
                newAnswers,
                newData,
                newArtifacts,
                newExchanges,
                newNextSteps,
                newRecord);
    }

    /** The question on screen: enough to show it again and to validate its answer without re-rendering. */
    @JsonPropertyOrder({"step", "stepId", "phase", "ids", "payload"})
    public record Pending(int step, String stepId, String phase, List<String> ids, JsonNode payload) {
        public Pending {
            ids = List.copyOf(ids);
        }
    }

    /** A stored answer: the option labels or the free text, and which of the two it was. */
    @JsonPropertyOrder({"value", "freeText"})
    public record StoredAnswer(List<String> value, boolean freeText) {
        public StoredAnswer {
            value = List.copyOf(value);
        }
    }
}
