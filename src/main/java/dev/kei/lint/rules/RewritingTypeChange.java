package dev.kei.lint.rules;

import dev.kei.lint.AlterTable;
import dev.kei.lint.ColumnType;
import dev.kei.lint.Cost;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import dev.kei.lint.Tokens;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ALTER COLUMN ... TYPE that rewrites the table. Unlike squawk, the binary-coercible changes pass when the old type
 * is known from the files linted before (varchar longer or unlimited, varchar to text, numeric precision up at the
 * same scale); an unknown old type, or a USING clause, counts as a rewrite.
 */
public final class RewritingTypeChange extends StatementRule {
    @Override
    public String id() {
        return "rewriting-type-change";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public Cost cost() {
        return Cost.REWRITE;
    }

    @Override
    public String flags() {
        return "ALTER COLUMN ... [SET DATA] TYPE that is not binary-coercible from the column's known type.";
    }

    @Override
    public String lock() {
        return "ACCESS EXCLUSIVE on the table (reads and writes wait) while every row is rewritten and every index"
                + " rebuilt.";
    }

    @Override
    public String safe() {
        return "Add a column of the new type, write both, backfill it in batches (-- kei:backfill), move the readers,"
                + " then drop the old column in a -- kei:contract step.";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("changing-column-type");
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        Optional<AlterTable> alter = AlterTable.of(s.tokens());
        if (alter.isEmpty()) {
            return Optional.empty();
        }
        String table = alter.get().table();
        for (Tokens action : alter.get().actions()) {
            if (!action.is(0, "ALTER")) {
                continue;
            }
            int name = action.is(1, "COLUMN") ? 2 : 1;
            String column = action.nameAt(name);
            int after = action.afterName(name);
            int type = action.at(after, "SET", "DATA", "TYPE") ? after + 3 : action.is(after, "TYPE") ? after + 1 : -1;
            if (column == null || type < 0) {
                continue;
            }
            ColumnType to = ColumnType.at(action, type);
            Optional<ColumnType> from = typeBefore(file, index, table, column);
            if (action.has("USING")) {
                return Optional.of(
                        "ALTER COLUMN " + table + "." + column + " TYPE " + to + " USING ... rewrites the" + " table.");
            }
            if (from.isEmpty()) {
                return Optional.of("ALTER COLUMN " + table + "." + column + " TYPE " + to + ": the old type is not in"
                        + " the files linted, so kei assumes a rewrite.");
            }
            if (!from.get().changesWithoutRewriteTo(to)) {
                return Optional.of("ALTER COLUMN " + table + "." + column + " TYPE " + from.get() + " -> " + to
                        + " rewrites the table.");
            }
        }
        return Optional.empty();
    }

    /** The column's type as the last statement before this one that set it wrote it, in this or an earlier file. */
    private static Optional<ColumnType> typeBefore(LintFile file, int index, String table, String column) {
        List<LintStatement> before = new java.util.ArrayList<>(file.earlier());
        before.addAll(file.statements().subList(0, index));
        ColumnType found = null;
        for (LintStatement b : before) {
            Tokens t = b.tokens();
            if (LintFile.createdTable(t).filter(table::equals).isPresent()) {
                int open = t.find(0, "(");
                for (Tokens e : open < 0 ? List.<Tokens>of() : t.commaParts(open + 1, t.closing(open))) {
                    if (column.equals(e.nameAt(0)) && !e.is(0, "CONSTRAINT")) {
                        found = ColumnType.at(e, 1);
                    }
                }
            }
            for (Tokens action : AlterTable.of(t)
                    .filter(a -> a.table().equals(table))
                    .map(AlterTable::actions)
                    .orElse(List.of())) {
                int c = AddColumn.column(action);
                if (c >= 0 && column.equals(action.nameAt(c))) {
                    found = ColumnType.at(action, c + 1);
                }
                int n = action.is(1, "COLUMN") ? 2 : 1;
                int after = action.afterName(n);
                if (action.is(0, "ALTER") && column.equals(action.nameAt(n))) {
                    if (action.at(after, "SET", "DATA", "TYPE")) {
                        found = ColumnType.at(action, after + 3);
                    } else if (action.is(after, "TYPE")) {
                        found = ColumnType.at(action, after + 1);
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
