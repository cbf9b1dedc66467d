package dev.kei.change;

import java.util.List;
import java.util.Map;

/** A plan file's YAML as a tree in which every value knows where it was written. */
sealed interface PlanNode {
    Where where();

    /** A place in a plan file, 1-based. */
    record Where(String file, int line, int column) {}

    /** A scalar's text as written ({@code null} for YAML's null: {@code ~}, {@code null} or nothing). */
    record Scalar(String text, Where where) implements PlanNode {}

    record Sequence(List<PlanNode> items, Where where) implements PlanNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping in the order written; each key's own place is kept for "unknown key" messages. */
    record Mapping(Map<String, Entry> entries, Where where) implements PlanNode {}

    record Entry(Where keyAt, PlanNode value) {}

    /** What a node is, for "expected a list, found text" messages. */
    static String shape(PlanNode node) {
        if (node instanceof Scalar s) {
            return s.text() == null ? "nothing (null)" : "the text '" + Names.Shown.cut(s.text()) + "'";
        }
        return node instanceof Sequence ? "a list" : "a mapping (key: value lines)";
    }
}
