package dev.kei.change;

import java.util.Map;
import java.util.TreeMap;

/**
 * The answers to "rename or drop + add?", by {@link RenameCandidate#key()}: true for a rename, false for a drop and
 * an add. A candidate missing here is not decided, and the diff refuses to guess it.
 */
public record RenameAnswers(Map<String, Boolean> byKey) {
    public RenameAnswers {
        byKey = java.util.Collections.unmodifiableMap(new TreeMap<>(byKey));
    }

    public static RenameAnswers none() {
        return new RenameAnswers(Map.of());
    }

    /** These answers and {@code candidate} answered {@code rename}. */
    public RenameAnswers with(RenameCandidate candidate, boolean rename) {
        Map<String, Boolean> next = new TreeMap<>(byKey);
        next.put(candidate.key(), rename);
        return new RenameAnswers(next);
    }

    boolean decided(RenameCandidate c) {
        return byKey.containsKey(c.key());
    }

    boolean renamed(RenameCandidate c) {
        return Boolean.TRUE.equals(byKey.get(c.key()));
    }
}
