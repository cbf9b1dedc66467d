package dev.kei.migrate.export;

import java.util.List;
import java.util.Map;

/**
 * What one migration became in a layout.
 *
 * @param files file name to content, in the order they are written
 * @param notes what the layout could not express, each a sentence naming the kei feature and what the file does
 *     instead
 */
public record Exported(Map<String, String> files, List<String> notes) {
    public Exported {
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
        notes = List.copyOf(notes);
    }
}
