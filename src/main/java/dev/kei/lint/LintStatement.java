package dev.kei.lint;

import dev.kei.migrate.SqlStatement;
import java.util.Optional;

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

    /**
     * The table the statement changes or reads whole, when it is one whose work grows with that table: the table of
     * an {@code ALTER TABLE}, a {@code CREATE INDEX}, an {@code UPDATE} or a {@code DELETE}; null otherwise.
     */
    public String table() {
        Optional<AlterTable> alter = AlterTable.of(tokens);
        if (alter.isPresent()) {
            return alter.get().table();
        }
        Optional<CreateIndex> index = CreateIndex.of(tokens);
        if (index.isPresent()) {
            return index.get().table();
        }
        return Write.of(tokens).map(Write::table).orElse(null);
    }

    public boolean inTransaction() {
        return transaction >= 0;
    }
}
