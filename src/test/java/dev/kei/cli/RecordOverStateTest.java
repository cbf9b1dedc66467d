package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.TinySkill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --record} naming the run's own state file, its {@code .next} index or its {@code .lock}, by any spelling
 * or through a symbolic link, is refused before anything runs (issue 11, item 5): before, the transcript was written
 * over the state and the run was lost.
 */
class RecordOverStateTest {
    @TempDir
    Path out;

    private byte[] state;
    private byte[] index;

    private Path stateFile() {
        return out.resolve(".kei/state.json");
    }

    @BeforeEach
    void start() throws Exception {
        CliRun next = CliRun.of(
                "next",
                TinySkill.HUB,
                "--out",
                out.toString(),
                "--intake",
                TinySkill.INTAKE,
                "--clock",
                TinySkill.CLOCK);
        assertEquals(0, next.exitCode(), next.toString());
        state = Files.readAllBytes(stateFile());
        index = Files.readAllBytes(out.resolve(".kei/state.json.next"));
    }

    private void refused(Path record) throws Exception {
        for (List<String> args : List.of(
                List.of("next", "--out", out.toString(), "--record", record.toString()),
                List.of(
                        "answer",
                        "--out",
                        out.toString(),
                        "--record",
                        record.toString(),
                        "--json",
                        TinySkill.TO_THE_END.get(0)))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run.toString());
            JsonNode error = Json.parse(run.out().strip());
            assertEquals("USAGE", error.get("code").asText(), run.toString());
            assertTrue(error.get("message").asText().startsWith("--record " + record + " is "), run.toString());
            assertArrayEquals(state, Files.readAllBytes(stateFile()), "the state was overwritten");
            assertArrayEquals(index, Files.readAllBytes(out.resolve(".kei/state.json.next")));
        }
        CliRun whole = CliRun.withInput(
                "", "run", "--transport", "stdio", "--out", out.toString(), "--record", record.toString());
        assertEquals(2, whole.exitCode(), whole.toString());
        assertTrue(whole.out().contains("\"code\":\"USAGE\""), whole.toString());
        assertArrayEquals(state, Files.readAllBytes(stateFile()), "the state was overwritten");
    }

    @Test
    void recordingOverTheStateFileIsRefused() throws Exception {
        refused(stateFile());
    }

    @Test
    void recordingOverTheStateFileSpeltAnotherWayIsRefused() throws Exception {
        refused(out.resolve(".kei/x/../state.json"));
        refused(out.resolve("./.kei/./state.json"));
    }

    @Test
    void recordingThroughALinkToTheStateFileIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(out.resolve("transcript.json"), stateFile());
        refused(link);
        Path dirLink = Files.createSymbolicLink(out.resolve("kei-link"), out.resolve(".kei"));
        refused(dirLink.resolve("state.json"));
    }

    @Test
    void recordingOverThePendingIndexIsRefused() throws Exception {
        refused(out.resolve(".kei/state.json.next"));
    }

    @Test
    void recordingOverTheLockIsRefused() throws Exception {
        refused(out.resolve(".kei/state.json.lock"));
        CliRun run = CliRun.of(
                "next",
                "--out",
                out.toString(),
                "--record",
                out.resolve(".kei/state.json.lock").toString());
        assertTrue((run.out() + run.err()).contains("is the run's lock file"), run.toString());
    }
}
