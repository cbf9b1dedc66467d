package dev.kei.change;

import dev.kei.spelling.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's {@code constraints: [...]} as seed 002 writes them ({@code 'PRIMARY KEY'}, {@code 'NOT NULL'},
 * {@code "DEFAULT 'active'"}, {@code 'REFERENCES categories(id)'}), read for one of three places: a new table's
 * field, an added column, a modified column. Each place refuses what it cannot mean, saying where it goes instead.
 *
 * @param notNull true for NOT NULL, false for NULL, null when neither is written
 * @param references a REFERENCES constraint, or null
 */
record PlanConstraints(
        boolean primaryKey,
        Boolean notNull,
        SqlValue defaultValue,
        boolean dropDefault,
        boolean unique,
        Reference references) {

    enum Place {
        FIELD(List.of("PRIMARY KEY", "NOT NULL", "NULL", "UNIQUE", "DEFAULT <value>", "REFERENCES <table>(<column>)")),
        ADD_COLUMN(List.of("NOT NULL", "NULL", "UNIQUE", "DEFAULT <value>", "REFERENCES <table>(<column>)")),
        MODIFY_COLUMN(List.of("NOT NULL", "NULL", "SET NOT NULL", "DROP NOT NULL", "DEFAULT <value>", "DROP DEFAULT"));

        final List<String> allowed;

        Place(List<String> allowed) {
            this.allowed = allowed;
        }
    }

    /** A foreign key written in a column's constraints or in {@code foreign_keys}, with where it was written. */
    record Reference(String refTable, List<String> refColumns, String onDelete, PlanNode.Where where) {}

    private static final Pattern CALL = Pattern.compile("\\s*([^\\s().]+)\\s*\\(([^()]*)\\)\\s*");
    private static final Pattern DOTTED = Pattern.compile("\\s*([^\\s().]+)\\.([^\\s().]+)\\s*");
    private static final Pattern REFERENCES_ON_DELETE = Pattern.compile("(?i)(.*?)\\s+ON\\s+DELETE\\s+(.+)");
    static final List<String> ON_DELETE = List.of("NO ACTION", "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT");

    static PlanConstraints read(PlanNode node, Place place, String what) throws PlanException {
        boolean primaryKey = false;
        Boolean notNull = null;
        SqlValue defaultValue = null;
        boolean dropDefault = false;
        boolean unique = false;
        Reference references = null;
        List<String> seen = new ArrayList<>();
        for (PlanNode item : PlanKeys.listOrEmpty(node, what, "['NOT NULL', \"DEFAULT 'active'\"]")) {
            String text = PlanKeys.text(item, "a constraint of " + what, "'NOT NULL'");
            String upper = text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            String word = upper.startsWith("DEFAULT ")
                    ? "DEFAULT <value>"
                    : upper.startsWith("REFERENCES ") ? "REFERENCES <table>(<column>)" : upper;
            if (!place.allowed.contains(word)) {
                throw new PlanException(item.where(), refusal(text, upper, word, place, what));
            }
            String kind = word.equals("SET NOT NULL") ? "NOT NULL" : word.equals("DROP NOT NULL") ? "NULL" : word;
            if (seen.contains(kind)) {
                throw new PlanException(item.where(), "'" + text + "' is given twice in " + what + ". Write it once.");
            }
            if (kind.equals("NOT NULL") && seen.contains("NULL") || kind.equals("NULL") && seen.contains("NOT NULL")) {
                throw new PlanException(item.where(), what + " says both NOT NULL and NULL. Keep the one you mean.");
            }
            if (kind.equals("DEFAULT <value>") && seen.contains("DROP DEFAULT")
                    || kind.equals("DROP DEFAULT") && seen.contains("DEFAULT <value>")) {
                throw new PlanException(
                        item.where(), what + " says both DEFAULT and DROP DEFAULT. Keep the one you mean.");
            }
            seen.add(kind);
            switch (kind) {
                case "PRIMARY KEY" -> primaryKey = true;
                case "NOT NULL" -> notNull = true;
                case "NULL" -> notNull = false;
                case "UNIQUE" -> unique = true;
                case "DROP DEFAULT" -> dropDefault = true;
                case "DEFAULT <value>" -> defaultValue = PlanKeys.value(
                        text.substring("DEFAULT".length()).strip(), item.where(), "the DEFAULT in " + what);
                default -> references =
                        reference(text.substring("REFERENCES".length()).strip(), item.where());
            }
        }
        if (primaryKey && Boolean.FALSE.equals(notNull)) {
            throw new PlanException(
                    node.where(), what + " is a PRIMARY KEY and NULL: a key is never null. Remove 'NULL'.");
        }
        return new PlanConstraints(primaryKey, notNull, defaultValue, dropDefault, unique, references);
    }

    private static String refusal(String text, String upper, String word, Place place, String what) {
        if (place == Place.ADD_COLUMN && word.equals("PRIMARY KEY")) {
            return "'PRIMARY KEY' cannot be added with a column to a table that exists (it has its key). Add a"
                    + " unique index under add_indexes instead: - {fields: ['<column>'], type: 'unique'}.";
        }
        if (place == Place.MODIFY_COLUMN && (word.equals("UNIQUE") || word.equals("PRIMARY KEY"))) {
            return "'" + text + "' is not a change of a column. Write a unique index under add_indexes instead:"
                    + " - {fields: ['<column>'], type: 'unique'}.";
        }
        if (place == Place.MODIFY_COLUMN && word.startsWith("REFERENCES")) {
            return "'" + Names.Shown.cut(text) + "' is not a change of a column. Add the relation under the plan's"
                    + " foreign_keys: - {field: '<column>', references: '<table>(<column>)'}.";
        }
        List<String> words = new ArrayList<>(place.allowed);
        String hint = DidYouMean.hint(upper, words);
        if (hint.isEmpty()) {
            int space = upper.indexOf(' ');
            String first = space < 0 ? upper : upper.substring(0, space);
            for (String known : List.of("DEFAULT", "REFERENCES")) {
                if (place.allowed.stream().anyMatch(a -> a.startsWith(known))
                        && DidYouMean.nearest(first, List.of(known)).isPresent()) {
                    hint = DidYouMean.sentence("'" + known + (space < 0 ? "" : text.substring(space)) + "'");
                }
            }
        }
        return "'" + Names.Shown.cut(text) + "' is not a constraint kei reads in " + what + "." + hint
                + " Write one of: " + String.join(", ", place.allowed) + ".";
    }

    /** {@code categories(id)}, {@code categories.id}, either followed by {@code ON DELETE x}. */
    static Reference reference(String written, PlanNode.Where where) throws PlanException {
        String onDelete = "NO ACTION";
        String target = written;
        Matcher od = REFERENCES_ON_DELETE.matcher(written);
        if (od.matches()) {
            target = od.group(1);
            onDelete = onDelete(od.group(2), where);
        }
        Matcher call = CALL.matcher(target);
        Matcher dotted = DOTTED.matcher(target);
        String table;
        List<String> columns = new ArrayList<>();
        if (call.matches()) {
            table = call.group(1);
            for (String c : call.group(2).split(",", -1)) {
                columns.add(c.strip());
            }
        } else if (dotted.matches()) {
            table = dotted.group(1);
            columns.add(dotted.group(2));
        } else {
            throw new PlanException(
                    where,
                    "'" + Names.Shown.cut(written) + "' is not a reference kei reads. Write the table and its"
                            + " column as 'categories(id)' or 'categories.id'.");
        }
        try {
            Names.check(table, "referenced table");
            for (String c : columns) {
                Names.check(c, "referenced column");
            }
        } catch (ChangeException e) {
            throw new PlanException(where, e.getMessage());
        }
        return new Reference(table, columns, onDelete, where);
    }

    /** {@code on_delete} in any case, with _ or blanks: {@code set_null}, {@code 'SET NULL'}. */
    static String onDelete(String written, PlanNode.Where where) throws PlanException {
        String action =
                written.strip().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        if (ON_DELETE.contains(action)) {
            return action;
        }
        throw new PlanException(
                where,
                "on_delete '" + Names.Shown.cut(written) + "' is not an action PostgreSQL has."
                        + DidYouMean.hint(action, ON_DELETE) + " Write one of: " + String.join(", ", ON_DELETE)
                        + " (any case, _ or blanks: set_null, 'SET NULL').");
    }
}
