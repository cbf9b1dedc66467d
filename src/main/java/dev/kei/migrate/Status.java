package dev.kei.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where every migration stands: applied, pending, failed part-way (a statement-by-statement file), drifted (its
 * file changed after it ran), missing (in the history, but its file is gone) or reverting (its
 * statement-by-statement down stopped part-way).
 *
 * @param entries one per version known to the folder or the history, in version order
 * @param rows the history rows by version
 */
public record Status(List<Entry> entries, Map<String, HistoryRow> rows) {

    /** The states a migration can be in. */
    public enum State {
        APPLIED,
        PENDING,
        FAILED,
        DRIFT,
        MISSING,
        /** Its statement-by-statement down stopped part-way; {@code down} resumes it, {@code up} refuses. */
        REVERTING
    }

    /** One migration's standing. */
    public record Entry(String version, String name, State state, HistoryRow row, MigrationFile file) {
        public String id() {
            return version + "_" + name;
        }
    }

    public static Status of(List<MigrationFile> files, Map<String, HistoryRow> rows) {
        Map<String, MigrationFile> byVersion = new LinkedHashMap<>();
        files.forEach(f -> byVersion.put(f.version(), f));
        TreeSet<String> versions = new TreeSet<>(byVersion.keySet());
        versions.addAll(rows.keySet());
        List<Entry> entries = new ArrayList<>();
        for (String v : versions) {
            MigrationFile f = byVersion.get(v);
            HistoryRow r = rows.get(v);
            State state;
            if (r == null) {
                state = State.PENDING;
            } else if (f == null) {
                state = State.MISSING;
            } else if (r.reverting()) {
                state = State.REVERTING;
            } else if (!f.hasChecksum(r.checksum()) && r.success()) {
                state = State.DRIFT;
            } else if (!r.success()) {
                state = State.FAILED;
            } else {
                state = State.APPLIED;
            }
            entries.add(new Entry(v, f != null ? f.name() : r.name(), state, r, f));
        }
        // version order matters (down reverts newest first): keep the sorted order, unmodifiable
        return new Status(List.copyOf(entries), java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rows)));
    }

    public List<Entry> drifted() {
        return entries.stream().filter(e -> e.state() == State.DRIFT).toList();
    }

    /** The migrations {@code up} runs: failed ones first resume, then the pending ones, in version order. */
    public List<MigrationFile> toApply(int limit) {
        List<MigrationFile> out = new ArrayList<>();
        for (Entry e : entries) {
            if ((e.state() == State.FAILED || e.state() == State.PENDING) && (limit == 0 || out.size() < limit)) {
                out.add(e.file());
            }
        }
        return out;
    }

    public long count(State state) {
        return entries.stream().filter(e -> e.state() == state).count();
    }
}
