package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kei.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every artifact the db-schema skill writes: each folder under {@code golden/flows/} holds a
 * transcript (six archetypes x three dialects x two key styles) and the files its replay must write, byte for
 * byte. On a mismatch the actual file is written beside the expected one as {@code *.actual}; run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class GoldenFlowTest {
    static final Path ROOT = Path.of("src/test/resources/golden/flows");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

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
        Map<String, String> actual = artifacts(out);
        Path expectedDir = dir.resolve("files");
        // stored as _gitignore: a real .gitignore in the golden folder would hide secrets/ from git itself
        if (UPDATE) {
            rewrite(expectedDir, actual);
            return;
        }
        Map<String, String> expected = new TreeMap<>();
        artifacts(expectedDir).forEach((path, text) -> expected.put(fromStored(path), text));
        List<String> problems = new ArrayList<>();
        for (String path : new TreeSet<>(actual.keySet())) {
            String e = expected.get(path);
            if (e == null) {
                problems.add(path + " was written but is not expected");
                Files.createDirectories(expectedDir.resolve(path).getParent());
                Files.writeString(expectedDir.resolve(toStored(path) + ".actual"), actual.get(path));
            } else if (!e.equals(actual.get(path))) {
                problems.add(path + " differs; see " + expectedDir.resolve(toStored(path) + ".actual"));
                Files.writeString(expectedDir.resolve(toStored(path) + ".actual"), actual.get(path));
            }
        }
        for (String path : expected.keySet()) {
            if (!actual.containsKey(path)) {
                problems.add(path + " is expected but was not written");
            }
        }
        if (!problems.isEmpty()) {
            fail(name + ": " + String.join("; ", problems) + " (-Dgolden.update=true rewrites them)");
        }
    }

    static String toStored(String path) {
        return path.equals(".gitignore") ? "_gitignore" : path;
    }

    static String fromStored(String path) {
        return path.equals("_gitignore") ? ".gitignore" : path;
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

    private static void rewrite(Path dir, Map<String, String> files) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = dir.resolve(toStored(f.getKey()));
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue());
        }
    }
}
