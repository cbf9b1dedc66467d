package dev.kei.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a run wrote into its output folder: every file's text by relative path, kei's own .kei/ folder left out. */
public final class OutputFiles {
    private OutputFiles() {}

    public static Map<String, String> texts(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).startsWith(".kei"))
                    .collect(Collectors.toMap(
                            p -> root.relativize(p).toString(),
                            p -> {
                                try {
                                    return Files.readString(p);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            },
                            (a, b) -> a,
                            TreeMap::new));
        }
    }
}
