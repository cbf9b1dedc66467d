package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.CliRun;
import dev.kei.support.TinySkill;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step-mode fast path prints exactly what the full path prints, and steps aside whenever it is unsure. */
class FastNextTest {
    @TempDir
    Path out;

    private String fast(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean handled = FastNext.tryRun(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return handled ? bytes.toString(StandardCharsets.UTF_8) : null;
    }

    private void start() {
        CliRun first = CliRun.of(
                "next",
                TinySkill.HUB,
                "--out",
                out.toString(),
                "--intake",
                "a \"quoted\" ünïcode night",
                "--clock",
                TinySkill.CLOCK);
        assertEquals(0, first.exitCode(), first.toString());
    }

    @Test
    void printsTheSameBytesAsTheFullPathAtEveryPendingStep() {
        start();
        String[] answers = {
            "{\"answers\":{\"sauce\":\"Cream\",\"size\":\"Large\"}}", "{\"answers\":{\"toppings\":[\"Olives\"]}}"
        };
        for (String answer : answers) {
            String full = CliRun.of("next", "--out", out.toString()).out();
            assertEquals(full, fast("next", "--out", out.toString()));
            assertEquals(
                    full,
                    fast(
                            "next",
                            TinySkill.HUB,
                            "--state",
                            out.resolve(".kei/state.json").toString()));
            CliRun next = CliRun.of("answer", "--out", out.toString(), "--json", answer);
            assertEquals(0, next.exitCode(), next.toString());
            assertEquals(next.out(), fast("next", "--out", out.toString()));
        }
    }

    @Test
    void stepsAsideWithoutAState() {
        assertEquals(null, fast("next", "--out", out.toString()));
    }

    @Test
    void stepsAsideForOtherFlagsAndCommands() {
        start();
        assertEquals(null, fast("next", "--out", out.toString(), "--intake", "x"));
        assertEquals(null, fast("next", "--out", out.toString(), "--verbose"));
        assertEquals(null, fast("answer", "--out", out.toString()));
        assertEquals(null, fast("next", "--out"));
    }

    @Test
    void stepsAsideWhenTheSkillFilesChanged(@TempDir Path copy) throws Exception {
        Path skillRoot = Path.of(TinySkill.HUB).getParent().getParent();
        for (Path p : Files.walk(skillRoot).toList()) {
            Path target = copy.resolve(skillRoot.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
        String hub = copy.resolve("skill/SKILL.md").toString();
        CliRun first = CliRun.of("next", hub, "--out", out.toString(), "--intake", "x", "--clock", TinySkill.CLOCK);
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(fast("next", "--out", out.toString()) != null);
        Files.writeString(copy.resolve("phases/2-name.md"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(null, fast("next", "--out", out.toString()));
        CliRun full = CliRun.of("next", "--out", out.toString());
        assertEquals(2, full.exitCode());
        assertTrue(full.out().contains("\"code\":\"SKILL_CHANGED\""), full.out());
    }

    @Test
    void stepsAsideForACorruptState() throws Exception {
        start();
        Files.writeString(out.resolve(".kei/state.json"), "{\"version\":1,\"pending\":");
        assertEquals(null, fast("next", "--out", out.toString()));
        assertFalse(CliRun.of("next", "--out", out.toString()).exitCode() == 0);
    }
}
