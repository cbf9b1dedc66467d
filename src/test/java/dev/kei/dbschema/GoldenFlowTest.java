package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.support.CliRun;
import dev.kei.support.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every artifact the db-schema skill writes: each folder under {@code golden/flows/} holds a
 * transcript (six archetypes x three dialects x two key styles) and the files its replay must write, byte for
 * byte. {@link GoldenFiles} writes {@code *.actual} beside the expected file on a mismatch; run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class GoldenFlowTest {
    static final Path ROOT = Path.of("src/test/resources/golden/flows");

    @TempDir
    Path out;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReplayWritesTheExpectedFiles(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        CliRun run = CliRun.of("run", "--replay", dir.resolve("transcript.json").toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        // stored as _gitignore: a real .gitignore in the golden folder would hide secrets/ from git itself
        GoldenFiles.in(dir.resolve("files")).storedAs(GoldenFlowTest::toStored).assertMatches(artifacts(out));
    }

    static String toStored(String path) {
        return path.equals(".gitignore") ? "_gitignore" : path;
    }

    /** The files of a run, by path; the state folder and leftovers of earlier mismatches aside. */
    static Map<String, String> artifacts(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.startsWith(".kei/") && !rel.endsWith(".actual")) {
                    files.put(rel, Files.readString(p));
                }
            }
        }
        return files;
    }
}
