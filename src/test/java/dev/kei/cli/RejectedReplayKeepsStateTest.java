package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.io.Json;
import dev.kei.support.Bookshop;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay that is refused leaves a finished run's state file as it was (issue 11, item 4): before, a transcript
 * refused at its first exchange replaced the finished state with a fresh run at step 1.
 */
class RejectedReplayKeepsStateTest {

    @TempDir
    Path out;

    @TempDir
    Path work;

    private byte[] finished;
    private Path transcript;

    private Path state() {
        return out.resolve(".kei/state.json");
    }

    @BeforeEach
    void replayTheBookshop() throws Exception {
        transcript = Bookshop.withoutDatabase(work);
        CliRun run = CliRun.of("run", "--replay", transcript.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        finished = Files.readAllBytes(state());
    }

    /** Replays the bookshop transcript edited by {@code edit} over the finished run; it must be refused. */
    private void refused(Consumer<ObjectNode> edit, String code) throws Exception {
        ObjectNode t = (ObjectNode) Json.parse(Files.readString(transcript));
        edit.accept(t);
        Path file = work.resolve("edited.transcript.json");
        Files.writeString(file, Json.pretty(t));

        CliRun run = CliRun.of("run", "--replay", file.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Code : " + code), run.toString());
        assertArrayEquals(finished, Files.readAllBytes(state()), "the finished state was replaced");
    }

    private static ObjectNode exchange(ObjectNode t, int index) {
        return (ObjectNode) t.withArray("exchanges").get(index);
    }

    @Test
    void aTranscriptMismatchOnAFinishedRunLeavesItsState() throws Exception {
        refused(
                t -> ((ObjectNode)
                                exchange(t, 0).get("payload").get("questions").get(0))
                        .put("question", "Which database will it run on?"),
                "TRANSCRIPT_MISMATCH");
    }

    @Test
    void aTranscriptWithoutExchangesOnAFinishedRunLeavesItsState() throws Exception {
        refused(t -> ((ArrayNode) t.withArray("exchanges")).removeAll(), "TRANSCRIPT_ENDED");
    }

    @Test
    void aTranscriptWithABadFirstAnswerOnAFinishedRunLeavesItsState() throws Exception {
        refused(t -> exchange(t, 0).putObject("answers").put("db", "Oracle"), "INVALID_ANSWER");
    }

    @Test
    void aTranscriptOfAnotherPhaseOnAFinishedRunLeavesItsState() throws Exception {
        refused(t -> exchange(t, 0).put("phase", "9-other"), "TRANSCRIPT_MISMATCH");
    }
}
