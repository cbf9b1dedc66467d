package dev.kei.change;

import java.util.ArrayList;
import java.util.List;

/**
 * The rename questions a diff still has open: tables first (a table's answer decides which columns are compared),
 * then, once every table is decided, the columns of the tables both schemas have. An object that an answer already
 * renamed is no candidate again.
 */
public final class RenameCandidates {
    /** AskUserQuestion takes at most four questions in one call (contracts section 3). */
    public static final int PER_CALL = 4;

    private RenameCandidates() {}

    /** The candidates no answer decides yet: the tables' when any is open, else the columns'. */
    public static List<RenameCandidate> open(LiveSchema current, LiveSchema target, RenameAnswers answers) {
        SchemaMapping map = SchemaMapping.of(current, target, answers);
        List<RenameCandidate> tables = new ArrayList<>();
        for (String from : map.droppedTables(current)) {
            for (String to : map.addedTables(target)) {
                List<String> shared =
                        shared(current.tables().get(from), target.tables().get(to));
                int smaller = Math.min(
                        current.tables().get(from).columns().size(),
                        target.tables().get(to).columns().size());
                RenameCandidate c = new RenameCandidate(null, from, to, shared);
                if (!shared.isEmpty() && shared.size() * 2 >= smaller && !answers.decided(c)) {
                    tables.add(c);
                }
            }
        }
        if (!tables.isEmpty()) {
            return tables;
        }
        List<RenameCandidate> columns = new ArrayList<>();
        for (var e : map.tables().entrySet()) {
            LiveTable cur = current.tables().get(e.getValue());
            LiveTable tgt = target.tables().get(e.getKey());
            var kept = map.columns().get(e.getKey());
            for (LiveColumn gone : cur.columns()) {
                if (kept.containsValue(gone.name())) {
                    continue;
                }
                for (LiveColumn added : tgt.columns()) {
                    if (kept.containsKey(added.name()) || !RenameCandidate.compatible(gone.type(), added.type())) {
                        continue;
                    }
                    RenameCandidate c = new RenameCandidate(
                            tgt.name(), gone.name(), added.name(), List.of(gone.type(), added.type()));
                    if (!answers.decided(c)) {
                        columns.add(c);
                    }
                }
            }
        }
        return columns;
    }

    /** The first of {@code open} that can be asked together: at most four, no two about the same object. */
    public static List<RenameCandidate> batch(List<RenameCandidate> open) {
        List<RenameCandidate> out = new ArrayList<>();
        for (RenameCandidate c : open) {
            if (out.size() < PER_CALL && out.stream().noneMatch(c::overlaps)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The columns of {@code a} that {@code b} has too, by name with a compatible type. */
    private static List<String> shared(LiveTable a, LiveTable b) {
        List<String> out = new ArrayList<>();
        for (LiveColumn c : a.columns()) {
            b.column(c.name())
                    .filter(o -> RenameCandidate.compatible(c.type(), o.type()))
                    .ifPresent(o -> out.add(c.name()));
        }
        return out;
    }
}
