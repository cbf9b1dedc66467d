package dev.kei.lint.rules;

import dev.kei.lint.Tokens;

/** Reading an {@code ADD [COLUMN] [IF NOT EXISTS] name type ...} action. */
final class AddColumn {
    private static final java.util.Set<String> NOT_COLUMNS =
            java.util.Set.of("constraint", "primary", "unique", "check", "foreign", "exclude");

    private AddColumn() {}

    /** The index of the new column's name in {@code action}, or -1 when the action adds no column. */
    static int column(Tokens action) {
        if (!action.is(0, "ADD")) {
            return -1;
        }
        int i = 1;
        boolean said = action.is(i, "COLUMN");
        if (said) {
            i++;
        }
        if (action.at(i, "IF", "NOT", "EXISTS")) {
            i += 3;
        }
        if (i >= action.size() || !action.get(i).isName()) {
            return -1;
        }
        boolean keyword = action.get(i).kind() == dev.kei.lint.Token.Kind.WORD
                && NOT_COLUMNS.contains(action.get(i).name());
        return !said && keyword ? -1 : i;
    }

    /** Whether the column is GENERATED (stored or identity): PostgreSQL fills it, so NOT NULL holds. */
    static boolean generated(Tokens action) {
        return action.has("GENERATED");
    }

    /** The column's type name as written after its name, lower case ({@code varchar}, {@code bigserial}). */
    static String type(Tokens action, int column) {
        int t = column + 1;
        return t < action.size() && action.get(t).isName() ? action.get(t).name() : "";
    }
}
