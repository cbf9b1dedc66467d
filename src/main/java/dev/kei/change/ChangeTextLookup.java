package dev.kei.change;

import dev.kei.change.ChangeTextTokens.Kind;
import dev.kei.change.ChangeTextTokens.Token;
import dev.kei.spelling.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Names in change text, checked by {@link Names#check} and looked up in the schema as the lines before leave it;
 * an unknown one gets "Did you mean" from the names the schema has.
 */
final class ChangeTextLookup {
    private ChangeTextLookup() {}

    /** The next token as a name of {@code what}; {@code known} feeds "Did you mean" when it is no valid name. */
    static String name(ChangeTextTokens in, String what, String example, Collection<String> known)
            throws ChangeTextException {
        Token t = in.peek();
        if (t.kind() != Kind.WORD) {
            throw in.error(t, "expected " + what + " but found " + t.shown() + ". Write " + example + ".");
        }
        try {
            Names.check(t.text(), what);
        } catch (ChangeException e) {
            throw in.error(t, e.getMessage() + DidYouMean.hint(t.text(), known));
        }
        return in.next().text();
    }

    /** The next token as a table of {@code schema}. */
    static LiveTable table(ChangeTextTokens in, LiveSchema schema, String example) throws ChangeTextException {
        Token t = in.peek();
        String name = name(in, "a table name", example, schema.tables().keySet());
        return schema.table(name)
                .orElseThrow(() -> in.error(
                        t,
                        "there is no table " + name + "."
                                + DidYouMean.hint(name, schema.tables().keySet()) + " Name one of: "
                                + listed(schema.tables().keySet())
                                + "."));
    }

    /** The next token as a column of {@code table}. */
    static LiveColumn column(ChangeTextTokens in, LiveTable table, String example) throws ChangeTextException {
        Token t = in.peek();
        String name = name(in, "a column name", example, columns(table));
        return table.column(name)
                .orElseThrow(() -> in.error(
                        t,
                        "the table " + table.name() + " has no column "
                                + name + "." + DidYouMean.hint(name, columns(table)) + " Its columns: "
                                + listed(columns(table))
                                + "."));
    }

    /** {@code table.column}, both of the schema. */
    static LiveColumn qualified(ChangeTextTokens in, LiveTable[] table, LiveSchema schema, String example)
            throws ChangeTextException {
        table[0] = table(in, schema, example);
        in.expect(".", "Write the table and the column as " + example + ".");
        return column(in, table[0], example);
    }

    /** Refuses a new table, index or constraint name that is taken ({@link LiveSchema#hasRelation}). */
    static void free(ChangeTextTokens in, Token at, LiveSchema schema, String name, String fix)
            throws ChangeTextException {
        if (schema.hasRelation(name)) {
            throw in.error(at, "the name " + name + " is taken: a table, index or constraint has it. " + fix);
        }
    }

    static List<String> columns(LiveTable table) {
        return table.columns().stream().map(LiveColumn::name).toList();
    }

    /** All names of one kind across the schema, for "Did you mean". */
    static List<String> indexNames(LiveSchema schema) {
        List<String> out = new ArrayList<>();
        schema.tables().values().forEach(t -> t.indexes().forEach(i -> out.add(i.name())));
        return out;
    }

    static List<String> foreignKeyNames(LiveSchema schema) {
        List<String> out = new ArrayList<>();
        schema.tables().values().forEach(t -> t.foreignKeys().forEach(f -> out.add(f.name())));
        return out;
    }

    /** At most twelve names, for a message. */
    static String listed(Collection<String> names) {
        if (names.isEmpty()) {
            return "(none)";
        }
        List<String> all = List.copyOf(names);
        return all.size() <= 12 ? String.join(", ", all) : String.join(", ", all.subList(0, 12)) + ", ...";
    }
}
