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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code answer} calls racing on one state (issue 11, item 3): before, both exited 0 and one accepted answer
 * was lost. Now calls on a state are serialised: every answer that exits 0 is in the state, and the loser exits 2
 * with STATE_CHANGED (or, when it came second, is refused for the question that is pending by then) and changes
 * nothing.
 */
class ConcurrentAnswerTest {
    private static final int ROUNDS = 25;

    @TempDir
    Path base;

    @Test
    void twoAnswersRacingOnOneStateNeverLoseAnAcceptedAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int changed = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Path out = base.resolve("r" + round);
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
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<CliRun>> calls = new ArrayList<>();
                for (String sauce : List.of("Tomato", "Cream")) {
                    String answer = "{\"step\":1,\"answers\":{\"sauce\":\"" + sauce + "\",\"size\":\"Large\"}}";
                    calls.add(pool.submit(() -> {
                        start.await();
                        return CliRun.of("answer", "--out", out.toString(), "--json", answer);
                    }));
                }
                List<CliRun> runs = new ArrayList<>();
                for (Future<CliRun> f : calls) {
                    runs.add(f.get());
                }
                JsonNode state = Json.parse(Files.readString(out.resolve(".kei/state.json")));
                List<CliRun> won = runs.stream().filter(r -> r.exitCode() == 0).toList();
                assertEquals(won.size(), state.get("asks").asInt(), "an accepted answer was lost: " + runs);
                assertEquals(1, won.size(), runs.toString());
                CliRun lost =
                        runs.stream().filter(r -> r.exitCode() != 0).findFirst().orElseThrow();
                assertEquals(2, lost.exitCode(), lost.toString());
                JsonNode error = Json.parse(lost.out().strip());
                String code = error.get("code").asText();
                assertTrue(code.equals("STATE_CHANGED") || code.equals("INVALID_ANSWER"), lost.toString());
                if (code.equals("STATE_CHANGED")) {
                    changed++;
                    assertTrue(
                            error.get("message").asText().contains("changed while this answer was being checked"),
                            lost.toString());
                }
                String sauce = won.get(0).equals(runs.get(0)) ? "Tomato" : "Cream";
                assertEquals(
                        sauce,
                        state.get("answers").get("SAUCE").get("value").get(0).asText(),
                        runs.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(changed > 0, "no round raced; the test proves nothing");
    }

    @Test
    void aRefusedConcurrentAnswerLeavesTheStateAsTheWinnerLeftIt() throws Exception {
        Path out = base.resolve("one");
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
        Path lock = out.resolve(".kei/state.json.lock");
        byte[] before = Files.readAllBytes(out.resolve(".kei/state.json"));
        // another call holds the state: this one must not touch it
        try (var ch = java.nio.channels.FileChannel.open(
                        lock, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                var held = ch.lock()) {
            CliRun run = CliRun.of("answer", "--out", out.toString(), "--json", TinySkill.TO_THE_END.get(0));
            assertEquals(2, run.exitCode(), run.toString());
            assertEquals(
                    "STATE_CHANGED", Json.parse(run.out().strip()).get("code").asText(), run.toString());
        }
        assertArrayEquals(before, Files.readAllBytes(out.resolve(".kei/state.json")));
    }
}
