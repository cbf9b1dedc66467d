package dev.kei.lint;

import java.util.List;
import java.util.Optional;

/**
 * A {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table [USING m] (cols)}.
 *
 * @param columns the leading plain columns (an expression ends the list: it indexes no column as such)
 */
public record CreateIndex(boolean concurrently, String table, List<String> columns) {
    public static Optional<CreateIndex> of(Tokens t) {
        int i = 1;
        if (!t.is(0, "CREATE")) {
            return Optional.empty();
        }
        if (t.is(i, "UNIQUE")) {
            i++;
        }
        if (!t.is(i, "INDEX")) {
            return Optional.empty();
        }
        int on = t.find(i, "ON");
        if (on < 0) {
            return Optional.empty();
        }
        boolean concurrently = t.is(i + 1, "CONCURRENTLY");
        int name = on + 1 + (t.is(on + 1, "ONLY") ? 1 : 0);
        String table = t.nameAt(name);
        if (table == null) {
            return Optional.empty();
        }
        int open = t.find(t.afterName(name), "(");
        return Optional.of(new CreateIndex(concurrently, table, open < 0 ? List.of() : t.namesIn(open)));
    }
}
