package dev.kei.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments of a real {@code kei-skill run} process (a separate JVM replaying the example
 * transcript): whatever instant it dies, the state file (if it was written yet) parses and counts no more asks than
 * it recorded exchanges, and running the same command again asks exactly the questions left (the run ends with the
 * uninterrupted run's asks and exchanges) and finishes with exactly its files.
 */
@Tag("slow")
class KillResumeTest {
    private static final Path TRANSCRIPT = Path.of("src/test/resources/transcripts/bookshop-rich-no-apply.json")
            .toAbsolutePath();
    private static final int KILLS = 20;
    private static final String STATE = ".kei/state.json";

    @TempDir
    Path work;

    @Test
    void aRunKilledAtAnyMomentResumesToTheSameFiles() throws Exception {
        Path reference = work.resolve("reference");
        long started = System.nanoTime();
        Process whole = process(reference, work.resolve("reference.log"));
        assertEquals(0, whole.waitFor(), Files.readString(work.resolve("reference.log")));
        long duration = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> expected = files(reference);
        State uninterrupted = state(reference);
        assertTrue(uninterrupted.done() && uninterrupted.asks() > 0, "the uninterrupted run asked nothing");
        List<String> exchanges = exchanges(uninterrupted);

        // kill moments spread over the whole run: JVM start, every step, the files of the last one
        SplittableRandom random = new SplittableRandom(9);
        int killedMidRun = 0;
        for (int i = 0; i < KILLS; i++) {
            Path out = work.resolve("run" + i);
            Process p = process(out, work.resolve("run" + i + ".log"));
            boolean finished = p.waitFor(random.nextLong(duration * 95 / 100) + 1, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no finally blocks
                killedMidRun++;
            }
            if (Files.exists(out.resolve(STATE))) {
                State killed = state(out);
                assertEquals(killed.exchanges().size(), killed.asks(), "after kill " + i + ": asks without exchanges");
                assertTrue(killed.asks() <= uninterrupted.asks(), "after kill " + i + ": more asks than a whole run");
            }
            CliRun again = CliRun.of("run", "--replay", TRANSCRIPT.toString(), "--out", out.toString());
            assertEquals(0, again.exitCode(), "after kill " + i + ": " + again);
            State resumed = state(out);
            // asks only ever adds up: the resumed run asked what the killed one had not, each question once
            assertEquals(
                    uninterrupted.asks(), resumed.asks(), "after kill " + i + ": asks of the killed and resumed runs");
            assertEquals(exchanges, exchanges(resumed), "after kill " + i + ": the exchanges");
            assertEquals("", differences(expected, files(out)), "after kill " + i);
        }
        assertTrue(killedMidRun >= KILLS / 2, "too few runs were killed mid-way: " + killedMidRun);
    }

    private static State state(Path out) throws IOException {
        return Json.MAPPER.readValue(Files.readString(out.resolve(STATE)), State.class);
    }

    /** Each exchange as JSON: records compared by what the state file holds. */
    private static List<String> exchanges(State s) {
        return s.exchanges().stream()
                .map(e -> Json.MAPPER.valueToTree(e).toString())
                .toList();
    }

    /** A separate JVM running the replay, as bin/kei-skill would (without the launcher's build step). */
    private static Process process(Path out, Path log) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dkei.home=" + Path.of("").toAbsolutePath(),
                        "dev.kei.cli.Main",
                        "run",
                        "--replay",
                        TRANSCRIPT.toString(),
                        "--out",
                        out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Which files differ, and the first line where each does: readable, unlike two dumps of every file. */
    private static String differences(Map<String, String> expected, Map<String, String> actual) {
        StringBuilder out = new StringBuilder();
        java.util.Set<String> paths = new java.util.TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        for (String path : paths) {
            String e = expected.get(path);
            String a = actual.get(path);
            if (e == null || a == null) {
                out.append(path).append(e == null ? " is extra\n" : " is missing\n");
            } else if (!e.equals(a)) {
                String[] el = e.split("\n", -1);
                String[] al = a.split("\n", -1);
                int line = 0;
                while (line < Math.min(el.length, al.length) && el[line].equals(al[line])) {
                    line++;
                }
                out.append(path)
                        .append(" differs at line ")
                        .append(line + 1)
                        .append(": expected '")
                        .append(line < el.length ? el[line] : "<end>")
                        .append("' got '")
                        .append(line < al.length ? al[line] : "<end>")
                        .append("'\n");
            }
        }
        return out.toString();
    }

    /** Every artifact's content by path (the state and stray temporary files aside). */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.startsWith(".kei/") && !rel.endsWith(".kei-tmp")) {
                    out.put(rel, Files.readString(p));
                }
            }
        }
        return out;
    }
}
