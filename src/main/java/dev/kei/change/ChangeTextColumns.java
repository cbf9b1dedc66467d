package dev.kei.change;

import dev.kei.change.ChangeTextTokens.Kind;
import dev.kei.change.ChangeTextTokens.Token;
import dev.kei.spelling.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A column as {@code add column} and {@code add table} write it: {@code name [type] [!] [unique] [index] [= default]
 * [backfill value] [pk] [-> table[.column] [on delete action]]}, options in any order, each once; the type may be
 * left out after {@code ->} (the referenced key's type).
 */
final class ChangeTextColumns {
    /** Where a column is written: options that only fit one place are refused in the other. */
    enum Place {
        ADD_COLUMN,
        ADD_TABLE
    }

    private static final Set<String> OPTIONS =
            Set.of("unique", "index", "backfill", "pk", "not", "null", "primary", "default", "references");
    private static final List<String> OPTION_WORDS = List.of("unique", "index", "backfill", "pk");

    /** A reference as written; {@code column} null means the referenced table's primary key. */
    record Ref(Token tableAt, String table, Token columnAt, String column, String onDelete) {}

    /** A column as written; {@code type} null when it comes from {@code ref}. */
    record Written(
            Token nameAt,
            String name,
            SqlType type,
            boolean notNull,
            SqlValue defaultValue,
            boolean unique,
            boolean index,
            SqlValue backfill,
            boolean pk,
            Ref ref) {
        ColumnSpec spec(SqlType resolved) {
            return new ColumnSpec(name, type != null ? type : resolved, notNull || pk, defaultValue, unique, backfill);
        }
    }

    /** The referenced column and its type. */
    record Target(String column, SqlType type) {}

    private ChangeTextColumns() {}

    /** One column; stops before {@code ,} or {@code )} in a table, at the end of the line for an added column. */
    static Written read(ChangeTextTokens in, Place place, String table, LiveSchema schema) throws ChangeTextException {
        Token nameAt = in.peek();
        String name = ChangeTextLookup.name(
                in, "a column name", place == Place.ADD_TABLE ? "id uuid! pk" : table + ".nickname text", List.of());
        SqlType type = null;
        if (ChangeTextValues.startsType(in, OPTIONS)) {
            type = ChangeTextValues.type(in, name);
        } else if (!in.peek().is("->")) {
            throw in.error(
                    in.peek(),
                    "expected the type of " + name + " but found " + in.peek().shown() + ". Write it"
                            + " after the name: " + name + " text" + (in.peek().is("!") ? "!" : "") + " (or " + name
                            + " -> "
                            + "<table> for a reference, which takes the key's type). " + ChangeTextValues.TYPE_FIX);
        }
        boolean notNull = false;
        SqlValue defaultValue = null;
        boolean unique = false;
        boolean index = false;
        SqlValue backfill = null;
        boolean pk = false;
        Ref ref = null;
        List<String> seen = new ArrayList<>();
        while (!(in.peek().kind() == Kind.END
                || place == Place.ADD_TABLE && (in.peek().is(",") || in.peek().is(")")))) {
            Token at = in.next();
            String word = at.kind() == Kind.WORD ? at.text().toLowerCase(Locale.ROOT) : at.text();
            if (seen.contains(word)) {
                throw in.error(at, "'" + at.text() + "' is written twice for " + name + ". Write it once.");
            }
            seen.add(word);
            switch (word) {
                case "!" -> notNull = true;
                case "unique" -> unique = true;
                case "index" -> index = true;
                case "=" -> defaultValue = ChangeTextValues.value(in, "the default of " + name + " after =");
                case "backfill" -> {
                    if (place == Place.ADD_TABLE) {
                        throw in.error(
                                at,
                                "a new table has no rows to backfill. Remove 'backfill' (a default is"
                                        + " written = value).");
                    }
                    backfill = ChangeTextValues.value(in, "the backfill value of " + name);
                }
                case "pk" -> {
                    if (place == Place.ADD_COLUMN) {
                        throw in.error(
                                at,
                                "a column added to a table that exists cannot be its key (the table has"
                                        + " one). Make it unique instead: add column " + table + "." + name + " "
                                        + (type == null ? "<type>" : type.sql()) + "! unique.");
                    }
                    pk = true;
                }
                case "->" -> ref = reference(in, schema);
                default -> throw in.error(at, option(at, name, place));
            }
        }
        if (unique && index) {
            throw in.error(nameAt, name + " is both unique and index: unique builds its index. Remove 'index'.");
        }
        if (pk && unique) {
            throw in.error(nameAt, name + " is both pk and unique: a key is unique. Remove 'unique'.");
        }
        return new Written(nameAt, name, type, notNull, defaultValue, unique, index, backfill, pk, ref);
    }

    private static String option(Token at, String name, Place place) {
        if (at.is("not") || at.is("null")) {
            return "write NOT NULL as ! right after the type: " + name + " text!.";
        }
        if (at.is("primary")) {
            return "write a key column with pk: " + name + " uuid! pk.";
        }
        if (at.is("default")) {
            return "write a default with =: " + name + " text = 'x'.";
        }
        if (at.is("references")) {
            return "write a reference with ->: " + name + " -> users.";
        }
        List<String> words = place == Place.ADD_TABLE ? List.of("unique", "index", "pk") : OPTION_WORDS;
        String hint = at.kind() == Kind.WORD ? DidYouMean.hint(at.text(), words) : "";
        return at.shown() + " is no option of a column." + hint + " After the type write any of: ! (NOT NULL), unique,"
                + " index, = <default>, " + (place == Place.ADD_TABLE ? "pk, " : "backfill <value>, ")
                + "-> <table> [on delete <action>].";
    }

    /** After {@code ->}: {@code table [.column] [on delete action]}. */
    static Ref reference(ChangeTextTokens in, LiveSchema schema) throws ChangeTextException {
        Token tableAt = in.peek();
        String table = ChangeTextLookup.name(
                in, "the referenced table", "-> users", schema.tables().keySet());
        Token columnAt = null;
        String column = null;
        if (in.take(".")) {
            columnAt = in.peek();
            column = ChangeTextLookup.name(in, "the referenced column", "-> users.id", List.of());
        }
        String onDelete = "NO ACTION";
        if (in.take("on")) {
            in.expect("delete", "Write on delete cascade (or no action, set null, set default, restrict).");
            onDelete = ChangeTextValues.onDelete(in);
        }
        return new Ref(tableAt, table, columnAt, column, onDelete);
    }

    /**
     * The column {@code ref} points at, with its type: the named column, which must be the key or unique, or the
     * table's one-column primary key. {@code self} is a table being added (its own columns), or null.
     */
    static Target target(ChangeTextTokens in, Ref ref, LiveSchema schema, NewTable self) throws ChangeTextException {
        if (self != null && ref.table().equals(self.name())) {
            String column = ref.column() != null ? ref.column() : self.onlyKey(in, ref);
            Written w = self.columns().get(column);
            if (w == null) {
                throw in.error(
                        ref.columnAt(),
                        "the table " + self.name() + " has no column " + column + "."
                                + DidYouMean.hint(column, self.columns().keySet()) + " Its columns: "
                                + String.join(", ", self.columns().keySet()) + ".");
            }
            if (w.type() != null) {
                return new Target(column, w.type());
            }
            if (w.ref().table().equals(self.name())) {
                throw in.error(
                        ref.tableAt(),
                        "the column " + column + " takes its type from " + self.name()
                                + " itself, so none is known. Write the type of " + column + ".");
            }
            return new Target(column, target(in, w.ref(), schema, null).type());
        }
        LiveTable t = schema.table(ref.table())
                .orElseThrow(() -> in.error(
                        ref.tableAt(),
                        "there is no table "
                                + ref.table() + " to reference."
                                + DidYouMean.hint(ref.table(), schema.tables().keySet())
                                + " Name one of: "
                                + ChangeTextLookup.listed(schema.tables().keySet()) + "."));
        String column = ref.column();
        if (column == null) {
            if (t.primaryKey().size() != 1) {
                throw in.error(
                        ref.tableAt(),
                        t.name()
                                + (t.primaryKey().isEmpty()
                                        ? " has no primary key"
                                        : " has a key of " + t.primaryKey().size() + " columns ("
                                                + String.join(", ", t.primaryKey()) + ")")
                                + ", so -> " + t.name() + " names no one column. Name a unique column: -> "
                                + t.name() + ".<column>.");
            }
            column = t.primaryKey().get(0);
        } else {
            String c = column;
            if (t.column(c).isEmpty()) {
                throw in.error(
                        ref.columnAt(),
                        "the table " + t.name() + " has no column " + c + "."
                                + DidYouMean.hint(c, ChangeTextLookup.columns(t)) + " Its columns: "
                                + ChangeTextLookup.listed(ChangeTextLookup.columns(t)) + ".");
            }
            boolean unique = t.primaryKey().equals(List.of(c))
                    || t.indexes().stream()
                            .anyMatch(i -> i.unique()
                                    && i.valid()
                                    && i.columns().equals(List.of(c))
                                    && !i.definition().contains(" WHERE "));
            if (!unique) {
                throw in.error(
                        ref.columnAt(),
                        t.name() + "." + c + " is neither the key nor unique, and a foreign key"
                                + " references one of those. Write -> " + t.name()
                                + " (its key), or first: add unique index "
                                + t.name() + " (" + c + ").");
            }
        }
        String type = t.column(column).orElseThrow().type();
        try {
            return new Target(column, SqlType.parse(type));
        } catch (ChangeException e) {
            throw in.error(
                    ref.tableAt(),
                    t.name() + "." + column + " is of type " + type + ", which kei does not"
                            + " write. Give the column a type before ->.");
        }
    }

    /** A table being added: its columns so far and its key, for references to itself. */
    record NewTable(String name, Map<String, Written> columns) {
        NewTable(String name) {
            this(name, new LinkedHashMap<>());
        }

        String onlyKey(ChangeTextTokens in, Ref ref) throws ChangeTextException {
            List<String> key = columns.values().stream()
                    .filter(Written::pk)
                    .map(Written::name)
                    .toList();
            if (key.size() != 1) {
                throw in.error(
                        ref.tableAt(),
                        name + " has " + (key.isEmpty() ? "no pk column" : key.size() + " pk columns") + ", so -> "
                                + name + " names no one column. Write -> " + name
                                + ".<column>.");
            }
            return key.get(0);
        }
    }
}
