package dev.kei.change;

import dev.kei.change.ChangeTextTokens.Kind;
import dev.kei.change.ChangeTextTokens.Token;
import dev.kei.spelling.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The forms of change text on indexes, relations, a column's change and renames (docs/change-text.md). */
final class ChangeTextObjects {
    private static final List<String> CLAUSES = List.of("type", "set", "drop", "default", "backfill");
    private static final String CLAUSE_FIX =
            "Write type <type>, set not null [backfill <value>], drop not null," + " default <value> or drop default.";

    private ChangeTextObjects() {}

    /** {@code add [unique] index t (c, ...) [named n]}. */
    static Change.AddIndex addIndex(ChangeTextTokens in, LiveSchema schema, boolean unique) throws ChangeTextException {
        LiveTable table = ChangeTextLookup.table(in, schema, "add index posts (title)");
        in.expect("(", "List the columns in parentheses: add index " + table.name() + " (<column>, ...).");
        List<String> columns = new ArrayList<>();
        do {
            Token at = in.peek();
            String column = ChangeTextLookup.column(in, table, "add index posts (title)")
                    .name();
            if (columns.contains(column)) {
                throw in.error(at, "the column " + column + " is listed twice. List each column once.");
            }
            columns.add(column);
        } while (in.take(","));
        in.expect(")", "Separate the columns with , and close the list with ).");
        Token nameAt = in.peek();
        String name = named(in, "index");
        if (name == null) {
            name = PlanEntries.defaultName(unique ? "uq" : "idx", table.name(), columns);
        }
        ChangeTextLookup.free(in, nameAt, schema, name, "Name the index: ... named <name>.");
        return new Change.AddIndex(table.name(), columns, unique, name);
    }

    /** {@code add relation t.c -> r[.k] [on delete a] [named n]}: the column must exist, the target be a key. */
    static Change.AddRelation addRelation(ChangeTextTokens in, LiveSchema schema) throws ChangeTextException {
        LiveTable table = ChangeTextLookup.table(in, schema, "add relation posts.editor_id -> users");
        in.expect(".", "Write the table and its column: add relation " + table.name() + ".<column> -> <table>.");
        Token columnAt = in.peek();
        String name = ChangeTextLookup.name(in, "a column name", "posts.editor_id", ChangeTextLookup.columns(table));
        if (table.column(name).isEmpty()) {
            throw in.error(
                    columnAt,
                    "the table " + table.name() + " has no column " + name + "."
                            + DidYouMean.hint(name, ChangeTextLookup.columns(table))
                            + " To add it with its relation write:"
                            + " add column " + table.name() + "." + name + " -> <table>.");
        }
        in.expect(
                "->", "Write the referenced table after ->: add relation " + table.name() + "." + name + " -> users.");
        ChangeTextColumns.Ref ref = ChangeTextColumns.reference(in, schema);
        ChangeTextColumns.Target target = ChangeTextColumns.target(in, ref, schema, null);
        Token nameAt = in.peek();
        String fk = named(in, "relation");
        if (fk == null) {
            fk = PlanEntries.defaultName("fk", table.name(), List.of(name));
        }
        ChangeTextLookup.free(in, nameAt, schema, fk, "Name the relation: ... named <name>.");
        return new Change.AddRelation(
                table.name(), List.of(name), ref.table(), List.of(target.column()), ref.onDelete(), fk);
    }

    private static String named(ChangeTextTokens in, String what) throws ChangeTextException {
        if (!in.take("named")) {
            return null;
        }
        return ChangeTextLookup.name(in, "the " + what + "'s name", "named uq_users_email", List.of());
    }

    /** {@code drop index n}: its table is the one the schema has it on. */
    static Change.DropIndex dropIndex(ChangeTextTokens in, LiveSchema schema) throws ChangeTextException {
        Token at = in.peek();
        List<String> known = ChangeTextLookup.indexNames(schema);
        String name = ChangeTextLookup.name(in, "an index name", "drop index posts_author_id_idx", known);
        for (LiveTable t : schema.tables().values()) {
            for (LiveIndex index : t.indexes()) {
                if (index.name().equals(name)) {
                    if (index.primary()) {
                        throw in.error(
                                at,
                                name + " is the primary key of " + t.name() + ", which db-change does not"
                                        + " drop. Drop a secondary index (one of: "
                                        + ChangeTextLookup.listed(secondary(schema))
                                        + ").");
                    }
                    return new Change.DropIndex(t.name(), name);
                }
            }
        }
        throw in.error(
                at,
                "there is no index " + name + "." + DidYouMean.hint(name, known) + " Name one of: "
                        + ChangeTextLookup.listed(known) + ".");
    }

    private static List<String> secondary(LiveSchema schema) {
        List<String> out = new ArrayList<>();
        schema.tables()
                .values()
                .forEach(t -> t.indexes().stream().filter(i -> !i.primary()).forEach(i -> out.add(i.name())));
        return out;
    }

    /** {@code drop relation n} or {@code drop relation t.c} (the foreign key on that column). */
    static Change.DropRelation dropRelation(ChangeTextTokens in, LiveSchema schema) throws ChangeTextException {
        Token at = in.peek();
        if (in.peek(1).is(".")) {
            LiveTable[] table = new LiveTable[1];
            LiveColumn column = ChangeTextLookup.qualified(in, table, schema, "comments.author_id");
            List<LiveForeignKey> keys = table[0].foreignKeys().stream()
                    .filter(f -> f.columns().contains(column.name()))
                    .toList();
            if (keys.size() != 1) {
                throw in.error(
                        at,
                        table[0].name() + "." + column.name()
                                + (keys.isEmpty()
                                        ? " has no foreign key. Foreign keys of " + table[0].name() + ": "
                                                + ChangeTextLookup.listed(table[0].foreignKeys().stream()
                                                        .map(LiveForeignKey::name)
                                                        .toList())
                                                + "."
                                        : " is in " + keys.size()
                                                + " foreign keys. Name the one to drop: drop relation "
                                                + String.join(
                                                        " | ",
                                                        keys.stream()
                                                                .map(LiveForeignKey::name)
                                                                .toList()) + "."));
            }
            return new Change.DropRelation(table[0].name(), keys.get(0).name());
        }
        List<String> known = ChangeTextLookup.foreignKeyNames(schema);
        String name = ChangeTextLookup.name(in, "a foreign key's name", "drop relation comments_author_id_fkey", known);
        for (LiveTable t : schema.tables().values()) {
            if (t.foreignKeys().stream().anyMatch(f -> f.name().equals(name))) {
                return new Change.DropRelation(t.name(), name);
            }
        }
        throw in.error(
                at,
                "there is no foreign key " + name + "." + DidYouMean.hint(name, known) + " Name one of: "
                        + ChangeTextLookup.listed(known) + ", or its column: drop relation <table>.<column>.");
    }

    /** {@code change column t.c} then clauses, each once: type, set/drop not null, default, drop default, backfill. */
    static Change.ModifyColumn changeColumn(ChangeTextTokens in, LiveSchema schema) throws ChangeTextException {
        LiveTable[] table = new LiveTable[1];
        String column = ChangeTextLookup.qualified(in, table, schema, "posts.title type text")
                .name();
        SqlType type = null;
        Boolean notNull = null;
        SqlValue defaultValue = null;
        boolean dropDefault = false;
        SqlValue backfill = null;
        Token backfillAt = null;
        List<String> seen = new ArrayList<>();
        if (in.peek().kind() == Kind.END) {
            throw in.error(
                    in.peek(), "change column " + table[0].name() + "." + column + " says no change. " + CLAUSE_FIX);
        }
        while (in.peek().kind() != Kind.END) {
            Token at = in.next();
            String word = at.kind() == Kind.WORD ? at.text().toLowerCase(Locale.ROOT) : "";
            String clause;
            switch (word) {
                case "type" -> {
                    clause = "type";
                    type = ChangeTextValues.type(in, column);
                }
                case "set" -> {
                    if (in.take("default")) {
                        clause = "default";
                        defaultValue = ChangeTextValues.value(in, "the default of " + column);
                    } else {
                        in.expect("not", "Write set not null.");
                        in.expect("null", "Write set not null.");
                        clause = "null";
                        notNull = true;
                    }
                }
                case "drop" -> {
                    if (in.take("default")) {
                        clause = "default";
                        dropDefault = true;
                    } else {
                        in.expect("not", "Write drop not null or drop default.");
                        in.expect("null", "Write drop not null.");
                        clause = "null";
                        notNull = false;
                    }
                }
                case "default" -> {
                    clause = "default";
                    defaultValue = ChangeTextValues.value(in, "the default of " + column);
                }
                case "backfill" -> {
                    clause = "backfill";
                    backfillAt = at;
                    backfill = ChangeTextValues.value(in, "the backfill value of " + column);
                }
                default -> throw in.error(
                        at,
                        at.shown() + " is no change of a column."
                                + (word.isEmpty() ? "" : DidYouMean.hint(word, CLAUSES)) + " " + CLAUSE_FIX);
            }
            if (seen.contains(clause)) {
                throw in.error(
                        at,
                        "the " + (clause.equals("null") ? "nullability" : clause) + " of " + column
                                + " is changed twice on this line. Keep the one you mean.");
            }
            seen.add(clause);
        }
        if (backfill != null && !Boolean.TRUE.equals(notNull)) {
            throw in.error(
                    backfillAt,
                    "backfill fills the rows where " + column + " is null before SET NOT NULL,"
                            + " but this line does not set not null. Write set not null backfill <value>, or remove backfill.");
        }
        return new Change.ModifyColumn(table[0].name(), column, type, notNull, defaultValue, dropDefault, backfill);
    }

    /** {@code rename table a to b} or {@code rename column t.a to b}. */
    static Change.Rename rename(ChangeTextTokens in, LiveSchema schema, boolean table) throws ChangeTextException {
        LiveTable[] t = new LiveTable[1];
        String column = null;
        if (table) {
            t[0] = ChangeTextLookup.table(in, schema, "rename table comments to replies");
        } else {
            column = ChangeTextLookup.qualified(in, t, schema, "rename column posts.body to content")
                    .name();
        }
        in.expect(
                "to",
                "Write the new name after to: rename "
                        + (table ? "table " + t[0].name() : "column " + t[0].name() + "." + column)
                        + " to <new_name>.");
        Token at = in.peek();
        String to = ChangeTextLookup.name(in, "the new name", "to replies", List.of());
        if (table) {
            ChangeTextLookup.free(in, at, schema, to, "Pick another new name.");
        } else if (t[0].column(to).isPresent()) {
            throw in.error(at, "the table " + t[0].name() + " already has a column " + to + ". Pick another new name.");
        }
        return new Change.Rename(t[0].name(), column, to);
    }
}
