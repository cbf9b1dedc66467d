package dev.kei.lint;

import java.util.List;
import java.util.Optional;

/**
 * An {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] action [, ...]} statement: the table and its actions, each
 * action's tokens on their own so a rule matches {@code ADD COLUMN ... NOT NULL} within one action only.
 */
public record AlterTable(String table, List<Tokens> actions) {
    public static Optional<AlterTable> of(Tokens t) {
        if (!t.startsWith("ALTER", "TABLE")) {
            return Optional.empty();
        }
        int i = 2;
        if (t.at(i, "IF", "EXISTS")) {
            i += 2;
        }
        if (t.is(i, "ONLY")) {
            i++;
        }
        String table = t.nameAt(i);
        if (table == null) {
            return Optional.empty();
        }
        i = t.afterName(i);
        if (t.is(i, "*")) {
            i++;
        }
        return Optional.of(new AlterTable(table, t.commaParts(i, t.size())));
    }
}
