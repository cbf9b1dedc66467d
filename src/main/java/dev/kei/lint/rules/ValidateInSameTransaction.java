package dev.kei.lint.rules;

import dev.kei.lint.AlterTable;
import dev.kei.lint.Cost;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import dev.kei.lint.Tokens;
import java.util.Optional;
import java.util.Set;

/**
 * VALIDATE CONSTRAINT in the transaction that added the constraint NOT VALID: the ADD's lock is held until commit,
 * so the scan runs under it and NOT VALID bought nothing.
 */
public final class ValidateInSameTransaction extends StatementRule {
    @Override
    public String id() {
        return "validate-in-same-transaction";
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
        return "ALTER TABLE ... VALIDATE CONSTRAINT in the same transaction as the ADD CONSTRAINT ... NOT VALID.";
    }

    @Override
    public String lock() {
        return "The ADD's lock (ACCESS EXCLUSIVE for CHECK, SHARE ROW EXCLUSIVE for FOREIGN KEY) stays held to the end"
                + " of the transaction, through the validation's full scan.";
    }

    @Override
    public String safe() {
        return "Commit the NOT VALID constraint first: VALIDATE CONSTRAINT in a later migration or a later statement"
                + " of a -- kei:no-transaction file (SHARE UPDATE EXCLUSIVE: reads and writes go on).";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("constraint-missing-not-valid"); // squawk's rule covers both concerns
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        if (!s.inTransaction()) {
            return Optional.empty();
        }
        String validated = validated(s.tokens());
        if (validated == null) {
            return Optional.empty();
        }
        for (int i = 0; i < index; i++) {
            LintStatement before = file.statements().get(i);
            if (before.transaction() == s.transaction() && addsNotValid(before.tokens(), validated)) {
                return Optional.of("VALIDATE CONSTRAINT " + validated + " runs in the transaction that added it NOT"
                        + " VALID, under the ADD's lock.");
            }
        }
        return Optional.empty();
    }

    private static String validated(Tokens t) {
        for (Tokens action : AlterTable.of(t).map(AlterTable::actions).orElse(java.util.List.of())) {
            if (action.at(0, "VALIDATE", "CONSTRAINT")) {
                return action.nameAt(2);
            }
        }
        return null;
    }

    private static boolean addsNotValid(Tokens t, String name) {
        for (Tokens action : AlterTable.of(t).map(AlterTable::actions).orElse(java.util.List.of())) {
            if (action.at(0, "ADD", "CONSTRAINT") && name.equals(action.nameAt(2)) && action.has("NOT", "VALID")) {
                return true;
            }
        }
        return false;
    }
}
