package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every artifact of every case under {@code golden/ddl/} equals its expected file byte for byte. On a mismatch the
 * rendering is written beside the expected file as {@code <file>.actual}; {@code -Dgolden.update=true} rewrites the
 * expected files instead, for review in the diff.
 */
class GoldenDdlTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<String> cases() {
        return GoldenCase.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void artifactsMatchTheGoldenFiles(String name) throws IOException {
        GoldenCase c = GoldenCase.load(name);
        Map<String, String> artifacts = c.artifacts();
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> e : artifacts.entrySet()) {
            Path expected = c.dir().resolve(e.getKey());
            Path actual = c.dir().resolve(e.getKey() + ".actual");
            if (UPDATE) {
                Files.writeString(expected, e.getValue());
                Files.deleteIfExists(actual);
            } else if (Files.exists(expected) && Files.readString(expected).equals(e.getValue())) {
                Files.deleteIfExists(actual);
            } else {
                Files.writeString(actual, e.getValue());
                differing.add(e.getKey());
            }
        }
        assertTrue(
                differing.isEmpty(),
                () -> "Golden files of " + name + " differ: " + differing + ". Compare each with its .actual beside it"
                        + " in " + c.dir() + ", then fix the renderer or rerun with -Dgolden.update=true.");
        assertEquals(Set.of(), stale(c, artifacts.keySet()), "expected files no renderer writes any more");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renderingTwiceGivesTheSameBytes(String name) {
        GoldenCase c = GoldenCase.load(name);
        assertEquals(c.artifacts(), GoldenCase.load(name).artifacts());
    }

    @Test
    void thereAreEnoughCasesToMeanSomething() {
        assertTrue(cases().size() >= 6, "golden/ddl holds " + cases());
    }

    private static Set<String> stale(GoldenCase c, Set<String> written) throws IOException {
        try (Stream<Path> files = Files.list(c.dir())) {
            Set<String> stale = new TreeSet<>();
            files.map(p -> p.getFileName().toString())
                    .filter(f -> !f.equals(GoldenCase.SCHEMA_FILE) && !f.equals(GoldenCase.PROPERTIES_FILE))
                    .filter(f -> !f.endsWith(".actual") && !written.contains(f))
                    .forEach(stale::add);
            return stale;
        }
    }
}
