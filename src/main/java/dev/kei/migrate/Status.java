package dev.kei.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where every migration stands: applied, pending, failed part-way (a statement-by-statement file), drifted (its
 * file changed after it ran), missing (in the history, but its file is gone) or reverting (its
 * statement-by-statement down stopped part-way); a pending contract step is waiting for {@code up --contract}.
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
        REVERTING,
        /** A pending contract step ({@link MigrationFile#contract()}): {@code up} holds it back until --contract. */
        WAITING_FOR_CONTRACT
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
                state = f.contract() ? State.WAITING_FOR_CONTRACT : State.PENDING;
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

    /**
     * What {@code up} without --contract holds back: the first contract step still to run (waiting, or failed
     * part-way) and every pending or failed file after it, in version order, as files after it must not run first.
     */
    public List<Entry> heldBack() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            boolean toRun =
                    e.state() == State.FAILED || e.state() == State.PENDING || e.state() == State.WAITING_FOR_CONTRACT;
            if (toRun && (!out.isEmpty() || e.file().contract())) {
                out.add(e);
            }
        }
        return out;
    }

    public long count(State state) {
        return entries.stream().filter(e -> e.state() == state).count();
    }
}
