package dev.kei.change;

import dev.kei.change.ChangeTextColumns.NewTable;
import dev.kei.change.ChangeTextColumns.Place;
import dev.kei.change.ChangeTextColumns.Target;
import dev.kei.change.ChangeTextColumns.Written;
import dev.kei.change.ChangeTextTokens.Token;
import java.util.ArrayList;
import java.util.List;

/** {@code add column} and {@code add table}: a column, or a table of them, with the indexes and relations written. */
final class ChangeTextAdditions {
    private static final String KEY_FIX = "Mark its key with pk: id uuid! = gen_random_uuid() pk, or id bigint pk;"
            + " several pk columns make a composite key.";

    private ChangeTextAdditions() {}

    /** {@code add column t.c <column>}: the column, then its index and its relation when written. */
    static List<Change> column(ChangeTextTokens in, LiveSchema schema) throws ChangeTextException {
        LiveTable table = ChangeTextLookup.table(in, schema, "users.nickname text");
        in.expect(".", "Write the table and the new column as " + table.name() + ".nickname text.");
        Token nameAt = in.peek();
        Written w = ChangeTextColumns.read(in, Place.ADD_COLUMN, table.name(), schema);
        if (table.column(w.name()).isPresent()) {
            throw in.error(
                    nameAt,
                    "the table " + table.name() + " already has a column " + w.name() + ". Pick another"
                            + " name, or change it: change column " + table.name() + "." + w.name() + " type <type>.");
        }
        if (w.backfill() != null && !w.notNull()) {
            throw in.error(
                    nameAt,
                    "backfill gives existing rows a value for a NOT NULL column, but " + w.name()
                            + " may be null. Add ! after its type, or remove backfill.");
        }
        List<Change> out = new ArrayList<>();
        Target target = w.ref() == null ? null : ChangeTextColumns.target(in, w.ref(), schema, null);
        out.add(new Change.AddColumn(table.name(), w.spec(target == null ? null : target.type())));
        if (w.index()) {
            out.add(index(in, nameAt, schema, table.name(), w.name()));
        }
        if (target != null) {
            out.add(relation(in, nameAt, schema, table.name(), w, target));
        }
        return out;
    }

    /** {@code add table t (<column>, ...)}. */
    static Change.AddTable table(ChangeTextTokens in, LiveSchema schema) throws ChangeTextException {
        Token nameAt = in.peek();
        String name = ChangeTextLookup.name(in, "the new table's name", "add table bookmarks (id uuid! pk)", List.of());
        if (schema.table(name).isPresent()) {
            throw in.error(
                    nameAt,
                    "the table " + name + " exists. Pick another name, or change it with add column " + name
                            + ".<column> <type>.");
        }
        ChangeTextLookup.free(in, nameAt, schema, name, "Pick another table name.");
        in.expect(
                "(",
                "List its columns in parentheses: add table " + name + " (id uuid! = gen_random_uuid() pk," + " ...).");
        NewTable self = new NewTable(name);
        if (in.peek().is(")")) {
            throw in.error(in.peek(), "the table " + name + " has no columns. " + KEY_FIX);
        }
        while (true) {
            Written w = ChangeTextColumns.read(in, Place.ADD_TABLE, name, schema);
            Written first = self.columns().get(w.name());
            if (first != null) {
                throw in.error(
                        w.nameAt(),
                        "the column " + w.name() + " is listed twice (first at column "
                                + (first.nameAt().start() + 1) + "). List each column once.");
            }
            self.columns().put(w.name(), w);
            if (in.take(")")) {
                break;
            }
            in.expect(",", "Separate the columns with , and close the list with ).");
        }
        in.end("add table");
        List<String> key = self.columns().values().stream()
                .filter(Written::pk)
                .map(Written::name)
                .toList();
        if (key.isEmpty()) {
            throw in.error(nameAt, "the table " + name + " has no key: no column says pk. " + KEY_FIX);
        }
        List<ColumnSpec> columns = new ArrayList<>();
        List<Change.AddIndex> indexes = new ArrayList<>();
        List<Change.AddRelation> relations = new ArrayList<>();
        for (Written w : self.columns().values()) {
            Target target = w.ref() == null ? null : ChangeTextColumns.target(in, w.ref(), schema, self);
            columns.add(w.spec(target == null ? null : target.type()));
            if (w.index()) {
                indexes.add(index(in, w.nameAt(), schema, name, w.name()));
            }
            if (target != null) {
                relations.add(relation(in, w.nameAt(), schema, name, w, target));
            }
        }
        return new Change.AddTable(name, columns, key, indexes, relations);
    }

    private static Change.AddIndex index(ChangeTextTokens in, Token at, LiveSchema schema, String table, String column)
            throws ChangeTextException {
        Change.AddIndex index = new Change.AddIndex(
                table, List.of(column), false, PlanEntries.defaultName("idx", table, List.of(column)));
        ChangeTextLookup.free(
                in,
                at,
                schema,
                index.name(),
                "Leave out 'index' and write the index on a line of its" + " own: add index " + table + " (" + column
                        + ") named <name>.");
        return index;
    }

    private static Change.AddRelation relation(
            ChangeTextTokens in, Token at, LiveSchema schema, String table, Written w, Target target)
            throws ChangeTextException {
        String fk = PlanEntries.defaultName("fk", table, List.of(w.name()));
        ChangeTextLookup.free(
                in,
                at,
                schema,
                fk,
                "Write the relation on a line of its own: add relation " + table + "." + w.name() + " -> "
                        + w.ref().table() + " named <name>.");
        return new Change.AddRelation(
                table,
                List.of(w.name()),
                w.ref().table(),
                List.of(target.column()),
                w.ref().onDelete(),
                fk);
    }
}
