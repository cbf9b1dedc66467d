package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, item 22: a transcript clock of year 99999 wrote a migration kei-migrate then refused, exchanges left
 * over after the run was done were ignored, a {@code null} exchange printed NullPointerException, and a bad
 * transcript clock was blamed on --clock. Each is refused with exit 2 and a message naming what is wrong.
 */
class TranscriptInputsTest {
    private static final Path BLOG = Path.of("src/test/resources/golden/flows/blog-postgresql-uuid/transcript.json");

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("o");
    }

    private Path write(ObjectNode transcript) throws Exception {
        Path file = dir.resolve("transcript.json");
        Files.writeString(file, Json.pretty(transcript));
        return file;
    }

    private static ObjectNode blog() throws Exception {
        return (ObjectNode) Json.parse(Files.readString(BLOG));
    }

    private CliRun replay(Path transcript) {
        return CliRun.of("run", "--replay", transcript.toString(), "--out", out().toString());
    }

    /** A refusal of the transcript before anything ran: exit 2, the code on stderr, nothing written. */
    private void refusedBeforeRunning(CliRun run, String code) {
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("  Code : " + code), run.toString());
        assertFalse(run.err().contains("Exception"), run.toString());
        assertFalse(Files.exists(out()), run.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "-0001-01-01T00:00:00Z"})
    void aTranscriptClockWhoseFileNameTimestampIsNot14DigitsIsRefused(String clock) throws Exception {
        ObjectNode t = blog();
        t.put("clock", clock);
        CliRun run = replay(write(t));
        refusedBeforeRunning(run, "INVALID_TRANSCRIPT");
        assertTrue(run.err().contains("clock '" + clock + "'"), run.toString());
        assertTrue(run.err().contains("1970") && run.err().contains("9999"), run.toString());
        assertFalse(run.err().contains("--clock '"), run.toString());
    }

    @Test
    void aTranscriptClockThatIsNoTimeIsReportedAsTheTranscriptsNotAsTheClockFlag() throws Exception {
        ObjectNode t = blog();
        t.put("clock", "not-a-time");
        CliRun run = replay(write(t));
        refusedBeforeRunning(run, "INVALID_TRANSCRIPT");
        assertTrue(
                run.err().contains("The transcript " + dir.resolve("transcript.json") + " has a clock 'not-a-time'"),
                run.toString());
        assertFalse(run.err().contains("--clock"), run.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01T00:00:00Z", "1969-12-31T23:59:59Z"})
    void aClockFlagWhoseFileNameTimestampIsNot14DigitsIsRefused(String clock) throws Exception {
        CliRun run = CliRun.of("next", "--out", out().toString(), "--intake", "a bookshop", "--clock", clock);
        assertEquals(2, run.exitCode(), run.toString());
        JsonNode error = Json.parse(run.out().strip());
        assertEquals("INVALID_CLOCK", error.get("code").asText(), run.toString());
        assertTrue(error.get("message").asText().startsWith("--clock '" + clock + "' "), run.toString());
        assertFalse(Files.exists(out().resolve(".kei/state.json")), run.toString());
    }

    @Test
    void theLatestAndEarliestClocksWithA14DigitTimestampAreAccepted() throws Exception {
        for (String clock : new String[] {"9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z"}) {
            Path o = dir.resolve(clock.substring(0, 4));
            CliRun run = CliRun.of("next", "--out", o.toString(), "--intake", "a bookshop", "--clock", clock);
            assertEquals(0, run.exitCode(), run.toString());
        }
    }

    @Test
    void exchangesLeftOverAfterTheRunIsDoneAreRefusedNotIgnored() throws Exception {
        ObjectNode t = blog();
        ArrayNode exchanges = (ArrayNode) t.get("exchanges");
        int recorded = exchanges.size();
        exchanges.add(exchanges.get(0).deepCopy());
        exchanges.add(exchanges.get(1).deepCopy());
        CliRun run = replay(write(t));
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("  Code : TRANSCRIPT_MISMATCH"), run.toString());
        assertTrue(
                run.err()
                        .contains("The run was done after exchange " + recorded + " (step " + recorded
                                + ", phase 5-seed); the transcript holds 2 more exchanges (" + (recorded + 1) + " to "
                                + (recorded + 2) + ")"),
                run.toString());
    }

    @Test
    void aNullExchangeIsRefusedNamingItsIndexNotWithANullPointerException() throws Exception {
        ObjectNode t = blog();
        ((ArrayNode) t.get("exchanges")).insertNull(2);
        CliRun run = replay(write(t));
        refusedBeforeRunning(run, "INVALID_TRANSCRIPT");
        assertTrue(run.err().contains("exchange 3 is null"), run.toString());
    }

    @Test
    void anExchangeThatIsNoObjectIsRefusedNamingItsIndex() throws Exception {
        ObjectNode t = blog();
        ((ArrayNode) t.get("exchanges")).insert(1, "db: PostgreSQL");
        CliRun run = replay(write(t));
        refusedBeforeRunning(run, "INVALID_TRANSCRIPT");
        assertTrue(run.err().contains("exchange 2 is a string"), run.toString());
    }

    @Test
    void aRefusedTranscriptLeavesAnExistingStateUnchanged() throws Exception {
        CliRun started = CliRun.of(
                "next", "--out", out().toString(), "--intake", "a bookshop", "--clock", "2026-11-21T10:00:00Z");
        assertEquals(0, started.exitCode(), started.toString());
        byte[] before = Files.readAllBytes(out().resolve(".kei/state.json"));
        ObjectNode t = blog();
        ((ArrayNode) t.get("exchanges")).insertNull(0);
        CliRun run = replay(write(t));
        assertEquals(2, run.exitCode(), run.toString());
        assertArrayEquals(before, Files.readAllBytes(out().resolve(".kei/state.json")));
    }
}
