package dev.kei.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.Payload;
import dev.kei.ask.Transcript;
import dev.kei.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a transcript for a replay and checks its shape before anything runs; a file that is no transcript is
 * refused as bad input (INVALID_TRANSCRIPT), so {@link RunRequest#replaying} only ever gets a whole one.
 */
public final class TranscriptFile {
    private static final long MAX_BYTES = 16L << 20;

    private TranscriptFile() {}

    /** The transcript {@code file} holds, or a refusal naming what is wrong with it. */
    public static Transcript read(Path file) throws RunException {
        String hint = "A transcript is {\"version\":1,\"skill\":...,\"intake\":...,\"clock\":...,\"exchanges\":[...]}"
                + " (contracts section 5); record one with --record FILE.";
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw Refusal.usage("INVALID_TRANSCRIPT", "The transcript " + file + " is larger than 16 MiB.", hint);
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw Refusal.usage("INVALID_TRANSCRIPT", "The transcript " + file + " does not exist.", hint);
        } catch (IOException e) {
            throw Refusal.usage(
                    "INVALID_TRANSCRIPT", "Cannot read the transcript " + file + ": " + e.getMessage(), hint);
        }
        Transcript t;
        try {
            t = Json.MAPPER.readValue(text, Transcript.class);
        } catch (JsonProcessingException e) {
            String shape = exchangesProblem(text);
            throw Refusal.usage(
                    "INVALID_TRANSCRIPT",
                    "The transcript " + file + " " + (shape != null ? shape : "is not valid: " + Json.describe(e))
                            + ".",
                    hint);
        }
        String problem = problem(t);
        if (problem != null) {
            throw Refusal.usage("INVALID_TRANSCRIPT", "The transcript " + file + " " + problem + ".", hint);
        }
        return t;
    }

    /** What is wrong with the exchanges' shape (a null or a string where an exchange belongs), or null. */
    private static String exchangesProblem(String text) {
        JsonNode exchanges;
        try {
            exchanges = Json.parse(text).path("exchanges");
        } catch (JsonProcessingException e) {
            return null;
        }
        if (!exchanges.isArray()) {
            return null; // a missing list is an empty one; any other type is Jackson's to describe
        }
        for (int i = 0; i < exchanges.size(); i++) {
            JsonNode e = exchanges.get(i);
            if (!e.isObject()) {
                String type = e.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
                return "is not valid: exchange " + (i + 1) + " is "
                        + (e.isNull() ? "null" : (type.matches("[aeiou].*") ? "an " : "a ") + type)
                        + " (of " + exchanges.size() + " exchanges), not an object {\"answers\":{...}}";
            }
        }
        return null;
    }

    private static String problem(Transcript t) {
        if (t.version() != Transcript.VERSION) {
            return "has version " + t.version() + "; this kei reads version " + Transcript.VERSION;
        }
        if (t.skill() == null || t.intake() == null || t.clock() == null) {
            return "lacks skill, intake or clock";
        }
        String clock = RunInputs.clockProblem(t.clock());
        if (clock != null) {
            String shown = t.clock().length() > 40 ? t.clock().substring(0, 40) + "..." : t.clock();
            return "has a clock '" + shown + "' that " + clock;
        }
        for (int i = 0; i < t.exchanges().size(); i++) {
            Transcript.Exchange e = t.exchanges().get(i);
            JsonNode answers = e.answers();
            if (answers == null || !answers.isObject()) {
                return "has no answers object in exchange " + (i + 1);
            }
            if (e.payload() != null) {
                try {
                    Json.MAPPER.treeToValue(e.payload(), Payload.class);
                } catch (JsonProcessingException | IllegalArgumentException x) {
                    return "has a payload in exchange " + (i + 1) + " that is not an AskUserQuestion input";
                }
            }
        }
        return null;
    }
}
