package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.TinySkill;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step mode writes a run's files into the output folder the run started with, whatever folder each later call runs
 * from (issue 11, item 2): the state records the folder, and an {@code --out} that disagrees with it is refused.
 */
class StepModeOutFolderTest {
    @TempDir
    Path base;

    /** {@code kei-skill ARGS} in a separate JVM whose working directory is {@code dir}, as a shell in dir would. */
    private static CliRun in(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dkei.home=" + Path.of("").toAbsolutePath(),
                "dev.kei.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        int code = p.waitFor();
        return new CliRun(code, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void answersFromAnotherFolderWriteIntoTheRunsOutNotTheirWorkingDirectory() throws Exception {
        Path a = Files.createDirectories(base.resolve("a"));
        Path b = Files.createDirectories(base.resolve("b"));
        CliRun next =
                in(a, "next", TinySkill.HUB, "--out", "rel", "--intake", TinySkill.INTAKE, "--clock", TinySkill.CLOCK);
        assertEquals(0, next.exitCode(), next.toString());
        for (String answer : TinySkill.TO_THE_END) {
            CliRun run = in(b, "answer", "--state", "../a/rel/.kei/state.json", "--json", answer);
            assertEquals(0, run.exitCode(), run.toString());
        }
        assertEquals(List.of(), files(b), "nothing is written where the answers ran");
        assertTrue(Files.isRegularFile(a.resolve("rel/pizza.txt")), files(a).toString());
        JsonNode state = Json.parse(Files.readString(a.resolve("rel/.kei/state.json")));
        assertEquals(a.resolve("rel").toString(), state.get("out").asText());
    }

    @Test
    void anOutThatDisagreesWithTheRunsIsRefusedNamingBoth() throws Exception {
        Path out = base.resolve("x/../out");
        Path state = base.resolve("state.json");
        CliRun next = CliRun.of(
                "next",
                TinySkill.HUB,
                "--out",
                out.toString(),
                "--state",
                state.toString(),
                "--intake",
                TinySkill.INTAKE,
                "--clock",
                TinySkill.CLOCK);
        assertEquals(0, next.exitCode(), next.toString());
        byte[] before = Files.readAllBytes(state);
        Path other = base.resolve("other");

        for (String command : List.of("answer", "next")) {
            CliRun run = CliRun.of(
                    command,
                    "--state",
                    state.toString(),
                    "--out",
                    other.toString(),
                    "--json",
                    TinySkill.TO_THE_END.get(0));
            if (command.equals("next")) {
                run = CliRun.of(command, "--state", state.toString(), "--out", other.toString());
            }
            assertEquals(2, run.exitCode(), run.toString());
            JsonNode error = Json.parse(run.out().strip());
            assertEquals("STATE_MISMATCH", error.get("code").asText(), run.toString());
            String message = error.get("message").asText();
            assertTrue(message.contains(base.resolve("out").toString()), message);
            assertTrue(message.contains(other.toString()), message);
            assertArrayEquals(before, Files.readAllBytes(state));
            assertFalse(Files.exists(other));
        }
        // nor does the step-mode fast path print the pending question for another folder
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        assertFalse(FastNext.tryRun(
                new String[] {"next", "--state", state.toString(), "--out", other.toString()},
                new java.io.PrintStream(printed, true, StandardCharsets.UTF_8)));
        assertTrue(FastNext.tryRun(
                new String[] {
                    "next",
                    "--state",
                    state.toString(),
                    "--out",
                    base.resolve("out").toString()
                },
                new java.io.PrintStream(printed, true, StandardCharsets.UTF_8)));
        // the same folder spelt another way is the same folder
        CliRun same = CliRun.of(
                "answer",
                "--state",
                state.toString(),
                "--out",
                base.resolve("out/.").toString(),
                "--json",
                TinySkill.TO_THE_END.get(0));
        assertEquals(0, same.exitCode(), same.toString());
    }

    @Test
    void aStateWithoutAnOutFolderWritesBesideItsKeiFolder() throws Exception {
        Path a = Files.createDirectories(base.resolve("a"));
        Path b = Files.createDirectories(base.resolve("b"));
        CliRun next = in(a, "next", TinySkill.HUB, "--intake", TinySkill.INTAKE, "--clock", TinySkill.CLOCK);
        assertEquals(0, next.exitCode(), next.toString());
        Path state = a.resolve(".kei/state.json");
        ObjectNode old = (ObjectNode) Json.parse(Files.readString(state));
        old.remove("out"); // a state file written before the field existed
        Files.writeString(state, Json.pretty(old));
        Files.deleteIfExists(state.resolveSibling("state.json.next"));

        for (String answer : TinySkill.TO_THE_END) {
            CliRun run = in(b, "answer", "--state", state.toString(), "--json", answer);
            assertEquals(0, run.exitCode(), run.toString());
        }
        assertEquals(List.of(), files(b));
        assertTrue(Files.isRegularFile(a.resolve("pizza.txt")), files(a).toString());
    }
}
