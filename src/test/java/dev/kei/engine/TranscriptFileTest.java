package dev.kei.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.ask.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replay's transcript is checked before anything runs: each kind of file that is no transcript is refused as input. */
class TranscriptFileTest {
    private static final String HEAD = "{\"version\":1,\"skill\":\"tiny-pizza\",\"intake\":\"a rainy evening\","
            + "\"clock\":\"2026-11-21T10:00:00Z\",\"exchanges\":";

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("t.json"), text);
    }

    private static String refused(Path file) {
        RunException e = assertThrows(RunException.class, () -> TranscriptFile.read(file));
        assertEquals("INVALID_TRANSCRIPT", e.code());
        assertTrue(e.usage(), "a bad transcript is bad input: exit code 2");
        assertTrue(e.hint().contains("contracts section 5"), e.hint());
        return e.getMessage();
    }

    @Test
    void aWholeTranscriptIsRead() throws Exception {
        Transcript t = TranscriptFile.read(
                file(HEAD + "[{\"ids\":[\"sauce\",\"size\"],\"answers\":{\"sauce\":\"Tomato\",\"size\":\"Large\"}}]}"));
        assertEquals("tiny-pizza", t.skill());
        assertEquals(1, t.exchanges().size());
    }

    @Test
    void aMissingFileIsRefused() {
        Path missing = dir.resolve("none.json");
        assertEquals("The transcript " + missing + " does not exist.", refused(missing));
    }

    @Test
    void aFileThatIsNotJsonIsRefused() throws Exception {
        Path file = file("{\"version\":");
        assertTrue(refused(file).startsWith("The transcript " + file + " is not valid: "));
    }

    @Test
    void anotherVersionIsRefused() throws Exception {
        Path file = file(HEAD.replace("\"version\":1", "\"version\":2") + "[]}");
        assertEquals("The transcript " + file + " has version 2; this kei reads version 1.", refused(file));
    }

    @Test
    void aTranscriptWithoutItsClockIsRefused() throws Exception {
        Path file = file("{\"version\":1,\"skill\":\"tiny-pizza\",\"intake\":\"a rainy evening\",\"exchanges\":[]}");
        assertEquals("The transcript " + file + " lacks skill, intake or clock.", refused(file));
    }

    @Test
    void anExchangeWithoutAnswersIsRefused() throws Exception {
        Path file = file(HEAD + "[{\"ids\":[\"sauce\"]}]}");
        assertEquals("The transcript " + file + " has no answers object in exchange 1.", refused(file));
    }

    @Test
    void aPayloadThatIsNoAskUserQuestionInputIsRefused() throws Exception {
        Path file = file(HEAD + "[{\"payload\":{\"questions\":\"none\"},\"answers\":{}}]}");
        assertEquals(
                "The transcript " + file + " has a payload in exchange 1 that is not an AskUserQuestion input.",
                refused(file));
    }
}
