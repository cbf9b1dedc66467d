package dev.kei.lint.rules;

import dev.kei.lint.ActionRule;
import dev.kei.lint.AlterTable;
import dev.kei.lint.Catalog;
import dev.kei.lint.Cost;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.Tokens;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SET NOT NULL on an existing table without a validated {@code CHECK (c IS NOT NULL)} before it in the file:
 * PostgreSQL 12+ skips the scan only when such a check proves the column has no null.
 */
public final class SetNotNullNeedsCheck extends ActionRule {
    @Override
    public String id() {
        return "set-not-null-needs-check";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public Cost cost() {
        return Cost.SCAN;
    }

    @Override
    public String flags() {
        return "ALTER COLUMN ... SET NOT NULL with no validated CHECK (column IS NOT NULL) before it in the file.";
    }

    @Override
    public String lock() {
        return "ACCESS EXCLUSIVE on the table (reads and writes wait) while every row is scanned for a null.";
    }

    @Override
    public String safe() {
        return "ADD CONSTRAINT c_nn CHECK (col IS NOT NULL) NOT VALID; commit; VALIDATE CONSTRAINT c_nn; then SET NOT"
                + " NULL (PostgreSQL 12+ uses the check and skips the scan) and DROP CONSTRAINT c_nn.";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("adding-not-nullable-field");
    }

    @Override
    protected Optional<String> checkAction(LintFile file, int index, String table, Tokens action) {
        if (!action.is(0, "ALTER")) {
            return Optional.empty();
        }
        int name = action.is(1, "COLUMN") ? 2 : 1;
        String column = action.nameAt(name);
        if (column == null || !action.at(action.afterName(name), "SET", "NOT", "NULL")) {
            return Optional.empty();
        }
        if (file.serverVersion() < 120000) {
            return Optional.of("SET NOT NULL on " + table + "." + column + " scans the whole table"
                    + " under ACCESS EXCLUSIVE: PostgreSQL " + Catalog.versionName(file.serverVersion())
                    + " does not use a CHECK to skip the scan (12 and newer do).");
        }
        if (!provenNotNull(file, index, table, column)) {
            return Optional.of("SET NOT NULL on " + table + "." + column + " scans the whole table"
                    + " under ACCESS EXCLUSIVE: no validated CHECK (" + column + " IS NOT NULL) comes before it.");
        }
        return Optional.empty();
    }

    /**
     * A CHECK (column IS NOT NULL) on the table added valid, or added NOT VALID and validated, before {@code index}:
     * in this file or an up file linted before it (the three steps often are three migrations).
     */
    private static boolean provenNotNull(LintFile file, int index, String table, String column) {
        List<LintStatement> before = new java.util.ArrayList<>(file.earlier());
        before.addAll(file.statements().subList(0, index));
        for (LintStatement b : before) {
            for (Tokens action : AlterTable.of(b.tokens())
                    .filter(a -> a.table().equals(table))
                    .map(AlterTable::actions)
                    .orElse(List.of())) {
                int check = action.find(0, "CHECK", "(");
                if (!action.is(0, "ADD") || check < 0 || !column.equals(action.nameAt(check + 2))) {
                    continue;
                }
                if (!action.at(check + 3, "IS", "NOT", "NULL", ")")) {
                    continue;
                }
                if (!action.has("NOT", "VALID")) {
                    return true;
                }
                String name = action.is(1, "CONSTRAINT") ? action.nameAt(2) : null;
                if (name != null && validatedLater(before, table, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean validatedLater(List<LintStatement> before, String table, String name) {
        for (LintStatement b : before) {
            for (Tokens action : AlterTable.of(b.tokens())
                    .filter(a -> a.table().equals(table))
                    .map(AlterTable::actions)
                    .orElse(List.of())) {
                if (action.at(0, "VALIDATE", "CONSTRAINT") && name.equals(action.nameAt(2))) {
                    return true;
                }
            }
        }
        return false;
    }
}
