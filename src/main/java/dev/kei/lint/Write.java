package dev.kei.lint;

import java.util.Optional;

/**
 * An {@code UPDATE [ONLY] table ...} or {@code DELETE FROM [ONLY] table ...} (a {@code WITH} before either is not
 * read: such a statement is not judged as a write).
 *
 * @param delete whether it is a DELETE
 * @param table the table written
 * @param where whether it has a WHERE clause at its top level
 */
public record Write(boolean delete, String table, boolean where) {
    public static Optional<Write> of(Tokens t) {
        int i;
        boolean delete;
        if (t.is(0, "UPDATE")) {
            i = 1;
            delete = false;
        } else if (t.at(0, "DELETE", "FROM")) {
            i = 2;
            delete = true;
        } else {
            return Optional.empty();
        }
        if (t.is(i, "ONLY")) {
            i++;
        }
        String table = t.nameAt(i);
        if (table == null) {
            return Optional.empty();
        }
        return Optional.of(new Write(delete, table, topLevelWhere(t, t.afterName(i))));
    }

    private static boolean topLevelWhere(Tokens t, int from) {
        int depth = 0;
        for (int i = from; i < t.size(); i++) {
            if (t.is(i, "(")) {
                depth++;
            } else if (t.is(i, ")")) {
                depth--;
            } else if (depth == 0 && t.is(i, "WHERE")) {
                return true;
            }
        }
        return false;
    }
}
