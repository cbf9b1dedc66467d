package dev.kei.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The one golden-file harness: compares generated text, by relative path, with the expected files in a folder, byte
 * for byte. On a mismatch each differing or unexpected artifact is written beside its expected file as
 * {@code <file>.actual} and the test fails with one message naming every difference, every artifact with no expected
 * file and every expected file nothing wrote. With {@code -Dgolden.update=true} the folder is rewritten instead, for
 * review in the diff.
 *
 * <pre>{@code
 * GoldenFiles.in(dir).storedAs(p -> p.equals(".gitignore") ? "_gitignore" : p).assertMatches(artifacts);
 * }</pre>
 */
public final class GoldenFiles {
    /** The suffix of the file written beside an expected file that the artifact does not match. */
    public static final String ACTUAL = ".actual";

    private final Path dir;
    private final UnaryOperator<String> toStored;
    private final Predicate<String> inputs;
    private final boolean update;

    private GoldenFiles(Path dir, UnaryOperator<String> toStored, Predicate<String> inputs, boolean update) {
        this.dir = dir;
        this.toStored = toStored;
        this.inputs = inputs;
        this.update = update;
    }

    /** Expected files under {@code dir}; update mode follows {@code -Dgolden.update}. */
    public static GoldenFiles in(Path dir) {
        return new GoldenFiles(dir, UnaryOperator.identity(), p -> false, Boolean.getBoolean("golden.update"));
    }

    /**
     * Maps an artifact's path to the name its expected file is stored under (e.g. {@code .gitignore} to
     * {@code _gitignore}, which git itself would otherwise obey). The mapping must be one-to-one.
     */
    public GoldenFiles storedAs(UnaryOperator<String> toStored) {
        return new GoldenFiles(dir, toStored, inputs, update);
    }

    /** Stored paths in the folder that are inputs of the case, not expected artifacts (never compared or removed). */
    public GoldenFiles ignoring(Predicate<String> inputs) {
        return new GoldenFiles(dir, toStored, inputs, update);
    }

    /** Rewrites the expected files ({@code true}) or compares with them ({@code false}), whatever the property. */
    public GoldenFiles updating(boolean update) {
        return new GoldenFiles(dir, toStored, inputs, update);
    }

    public Path dir() {
        return dir;
    }

    /**
     * The folder holds exactly {@code actual}: every artifact matches its expected file and no other expected file
     * is left (inputs aside). In update mode the artifacts are written and every other expected file removed.
     */
    public void assertMatches(Map<String, String> actual) {
        check(actual, true);
    }

    /**
     * Each of {@code actual} matches its expected file; other files in the folder belong to other cases and are left
     * alone. In update mode the artifacts are written.
     */
    public void assertContains(Map<String, String> actual) {
        check(actual, false);
    }

    private void check(Map<String, String> actual, boolean exhaustive) {
        try {
            Map<String, String> stored = new TreeMap<>();
            actual.forEach((path, text) -> stored.put(toStored.apply(path), text));
            if (stored.size() != actual.size()) {
                throw new IllegalArgumentException("two artifacts map to one stored name: " + actual.keySet());
            }
            if (update) {
                rewrite(stored, exhaustive);
            } else {
                compare(stored, exhaustive);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rewrite(Map<String, String> stored, boolean exhaustive) throws IOException {
        if (exhaustive) {
            for (String path : expectedFiles()) {
                if (!stored.containsKey(path)) {
                    Files.delete(dir.resolve(path));
                }
            }
        }
        for (Map.Entry<String, String> f : stored.entrySet()) {
            write(dir.resolve(f.getKey()), f.getValue());
            Files.deleteIfExists(dir.resolve(f.getKey() + ACTUAL));
        }
    }

    private void compare(Map<String, String> stored, boolean exhaustive) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> f : stored.entrySet()) {
            Path expected = dir.resolve(f.getKey());
            Path actualFile = dir.resolve(f.getKey() + ACTUAL);
            if (!Files.isRegularFile(expected)) {
                write(actualFile, f.getValue());
                problems.add(f.getKey() + " has no expected file; wrote " + actualFile);
                continue;
            }
            String e = Files.readString(expected, StandardCharsets.UTF_8);
            if (e.equals(f.getValue())) {
                Files.deleteIfExists(actualFile);
            } else {
                write(actualFile, f.getValue());
                problems.add(f.getKey() + " differs; see " + actualFile + firstDifference(e, f.getValue()));
            }
        }
        if (exhaustive) {
            for (String path : expectedFiles()) {
                if (!stored.containsKey(path)) {
                    problems.add(path + " is expected but was not written");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("Golden files in " + dir + " do not match:\n  " + String.join("\n  ", problems)
                    + "\nIf the change is intended, rerun with -Dgolden.update=true and review the diff.");
        }
    }

    /** Stored paths of the expected files, '/'-separated; inputs and earlier {@code .actual} files aside. */
    private Set<String> expectedFiles() throws IOException {
        Set<String> files = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.endsWith(ACTUAL) && !inputs.test(rel)) {
                    files.add(rel);
                }
            }
        }
        return files;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of file>";
            if (!el.equals(al)) {
                return "\n    line " + (i + 1) + "\n    expected: " + el + "\n    actual  : " + al;
            }
        }
        return "";
    }
}
