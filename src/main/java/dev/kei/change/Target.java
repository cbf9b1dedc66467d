package dev.kei.change;

import dev.kei.spelling.DidYouMean;
import java.util.List;

/** Finding what a change names in the current schema, refusing with "Did you mean" what is not there. */
final class Target {
    private Target() {}

    static LiveTable table(LiveSchema schema, String name) throws ChangeException {
        return schema.table(name)
                .orElseThrow(() -> new ChangeException("There is no table " + name + " in the" + " current schema."
                        + hint(name, List.copyOf(schema.tables().keySet()))));
    }

    static LiveColumn column(LiveTable table, String name) throws ChangeException {
        return table.column(name)
                .orElseThrow(() -> new ChangeException("Table " + table.name() + " has no column " + name + "."
                        + hint(
                                name,
                                table.columns().stream().map(LiveColumn::name).toList())));
    }

    static void absentTable(LiveSchema schema, String name) throws ChangeException {
        if (schema.table(name).isPresent()) {
            throw new ChangeException("Table " + name + " exists already.");
        }
    }

    static void absentColumn(LiveTable table, String name) throws ChangeException {
        if (table.column(name).isPresent()) {
            throw new ChangeException("Table " + table.name() + " has a column " + name + " already.");
        }
    }

    private static String hint(String name, List<String> known) {
        return DidYouMean.nearest(name, known)
                .map(s -> " Did you mean " + s + "?")
                .orElse(known.isEmpty() ? "" : " Known: " + String.join(", ", known) + ".");
    }
}
