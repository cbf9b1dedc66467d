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
            throw Refusal.usage(
                    "INVALID_TRANSCRIPT", "The transcript " + file + " is not valid: " + Json.describe(e) + ".", hint);
        }
        String problem = problem(t);
        if (problem != null) {
            throw Refusal.usage("INVALID_TRANSCRIPT", "The transcript " + file + " " + problem + ".", hint);
        }
        return t;
    }

    private static String problem(Transcript t) {
        if (t.version() != Transcript.VERSION) {
            return "has version " + t.version() + "; this kei reads version " + Transcript.VERSION;
        }
        if (t.skill() == null || t.intake() == null || t.clock() == null) {
            return "lacks skill, intake or clock";
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
