package dev.kei.lint;

import dev.kei.migrate.SqlStatement;

/**
 * One statement of a linted file, with where it runs.
 *
 * @param statement as the splitter cut it (text, line)
 * @param tokens its tokens
 * @param transaction the transaction it runs in (statements with the same number share one), or -1 when it runs
 *     outside any transaction block
 * @param ownBlock whether that transaction is a {@code BEGIN ... COMMIT} of the file's own
 */
public record LintStatement(SqlStatement statement, Tokens tokens, int transaction, boolean ownBlock) {
    public int line() {
        return statement.line();
    }

    public boolean inTransaction() {
        return transaction >= 0;
    }
}
