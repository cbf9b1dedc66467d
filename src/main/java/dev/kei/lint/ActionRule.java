package dev.kei.lint;

import java.util.Optional;

/**
 * A rule that judges each action of an {@code ALTER TABLE} on its own (an ADD, an ALTER COLUMN): the first action
 * that breaks it is the statement's hit.
 */
public abstract class ActionRule extends StatementRule {
    /** The message for {@code action} of an ALTER TABLE of {@code table}, statement {@code index} of {@code file}. */
    protected abstract Optional<String> checkAction(LintFile file, int index, String table, Tokens action);

    @Override
    protected final Optional<String> check(LintFile file, int index, LintStatement statement) {
        Optional<AlterTable> alter = AlterTable.of(statement.tokens());
        if (alter.isEmpty()) {
            return Optional.empty();
        }
        for (Tokens action : alter.get().actions()) {
            Optional<String> hit = checkAction(file, index, alter.get().table(), action);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }
}
