package dev.kei.change;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes that take the current schema to a target one (db-change {@code --to FILE}), as db-change's own ten
 * change types, so that they go through the same recipes, safety analysis and verification as any other change. In
 * an order every recipe can run: the foreign keys that go or whose columns change are dropped first, then the tables
 * that go, the table renames, each kept table's indexes that go, its column changes, the new tables (each after the
 * tables it references), the indexes that change with a swapped column and the new indexes, the new keys last.
 *
 * <p>A dropped and an added object that may be one renamed ({@link RenameCandidates}) is never guessed: without an
 * answer for it, the diff refuses.
 */
public final class SchemaDiff {
    private SchemaDiff() {}

    /** The changes from {@code current} to {@code target}; refuses what kei cannot make and what is not answered. */
    public static List<Change> changes(LiveSchema current, LiveSchema target, RenameAnswers answers)
            throws ChangeException {
        List<RenameCandidate> open = RenameCandidates.open(current, target, answers);
        if (!open.isEmpty()) {
            throw new ChangeException("Not answered: " + open.get(0).question()
                    + " A rename is never written as a drop and an add without that answer.");
        }
        DiffContext d = new DiffContext(current, target, SchemaMapping.of(current, target, answers));
        List<Change> out = new ArrayList<>(RelationDiff.drops(d));
        for (String t : d.map.droppedTables(current)) {
            out.add(new Change.DropTable(t));
        }
        for (var e : d.map.tables().entrySet()) {
            if (!e.getKey().equals(e.getValue()) && d.named(e.getKey(), "Table")) {
                out.add(new Change.Rename(e.getValue(), null, e.getKey()));
            }
        }
        List<Change> late = new ArrayList<>();
        List<Change> indexAdds = new ArrayList<>();
        for (String t : d.map.tables().keySet().stream().sorted().toList()) {
            IndexDiff.Changes indexes = IndexDiff.of(d, t);
            out.addAll(indexes.early());
            out.addAll(ColumnDiff.of(d, t));
            late.addAll(indexes.late());
            indexAdds.addAll(indexes.adds());
            checks(d, t);
        }
        List<Change.AddRelation> relations = RelationDiff.adds(d);
        List<Change.AddRelation> later = new ArrayList<>();
        out.addAll(NewTables.of(d, relations, later));
        out.addAll(late);
        out.addAll(indexAdds);
        for (Change.AddRelation r : relations) {
            if (d.map.currentTable(r.table()).isPresent() || later.contains(r)) {
                out.add(r);
            }
        }
        if (!d.refused.isEmpty()) {
            throw new ChangeException(
                    "kei cannot make this target with its change types:\n  - " + String.join("\n  - ", d.refused));
        }
        return out;
    }

    /** CHECK constraints: no change type adds or drops one, so the two tables must have the same. */
    private static void checks(DiffContext d, String targetName) {
        LiveTable cur = d.currentTable(d.map.tables().get(targetName));
        LiveTable tgt = d.targetTable(targetName);
        List<String> was = cur.checks().stream()
                .map(k -> k.name() + " " + k.definition())
                .sorted()
                .toList();
        List<String> wanted = tgt.checks().stream()
                .map(k -> k.name() + " " + k.definition())
                .sorted()
                .toList();
        if (!was.equals(wanted)) {
            d.refused.add("table " + targetName + ": its CHECK constraints differ (" + String.join("; ", was) + " -> "
                    + String.join("; ", wanted) + "); no change type of kei's adds or drops one");
        }
    }
}
