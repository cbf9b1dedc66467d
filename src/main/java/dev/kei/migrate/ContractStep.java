package dev.kei.migrate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The contract step of an expand/contract change (contracts section 11): a file whose first lines, before its first
 * statement, hold {@code -- kei:contract}. It removes what the old application still uses, so {@code up} holds it
 * back, and every pending file after it (order is kept), until {@code up --contract}.
 */
public final class ContractStep {
    // "-- kei:contract", in any case and spacing, alone or followed by a reason ("-- kei:contract: ..."); not "--
    // kei:contracts"
    private static final Pattern MARKER = Pattern.compile("--\\s*kei:contract([\\s:].*)?", Pattern.CASE_INSENSITIVE);

    private ContractStep() {}

    /** Whether a line before the first statement of {@code sql} is the marker. */
    public static boolean marks(String sql, List<SqlStatement> statements) {
        int before =
                statements.isEmpty() ? Integer.MAX_VALUE : statements.get(0).line();
        int line = 1;
        for (String l : (Iterable<String>) sql.lines()::iterator) {
            if (line++ >= before) {
                return false;
            }
            if (MARKER.matcher(l.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code up} tells on stderr when it held files back: which, why, and the command that applies them.
     * {@code held} starts with the contract step.
     */
    static String heldBack(List<MigrationFile> held, String command) {
        StringBuilder s = new StringBuilder("Contract step " + held.get(0).id() + " was held back");
        int after = held.size() - 1;
        s.append(after == 0 ? "" : ", with " + after + " migration" + (after == 1 ? "" : "s") + " after it")
                .append(": up applies a contract step only with --contract.\n");
        for (int i = 0; i < held.size(); i++) {
            MigrationFile m = held.get(i);
            s.append(i == 0 ? "  Held back : " : "              ")
                    .append(m.id())
                    .append(m.contract() ? "  (contract step)" : "")
                    .append('\n');
        }
        return s.append("Once the application has moved to the new shape, run: ")
                .append(command)
                .append(" up --contract")
                .toString();
    }
}
