package dev.kei.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Loads a dialect's reserved words from {@code dev/kei/sql/reserved/<id>.txt}: one lower-case word a line, {@code #}
 * comments. The lists live in files so each can cite its source and be compared with the database itself in tests.
 */
final class ReservedWords {
    private ReservedWords() {}

    static Set<String> load(String dialectId) {
        String resource = "/dev/kei/sql/reserved/" + dialectId + ".txt";
        try (InputStream in = ReservedWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
