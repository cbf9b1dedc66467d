package dev.kei.lint;

import java.io.PrintStream;
import java.util.List;

/**
 * Findings as people read them: {@code file:line: level rule-id: message}, then the lock, the safe way and, for a
 * size-dependent rule, the table's size.
 */
public final class TextReport {
    private TextReport() {}

    public static void print(List<Finding> findings, int files, PrintStream out) {
        for (Finding f : findings) {
            out.println(f.file() + ":" + f.line() + ": " + f.level().label() + " " + f.rule() + ": " + f.message());
            out.println("  Lock : " + f.lock());
            out.println("  Safe : " + f.safe());
            f.impact().ifPresent(i -> out.println("  Size : " + i.describe()));
        }
        long errors = findings.stream().filter(f -> f.level() == Level.ERROR).count();
        long warnings = findings.size() - errors;
        out.println("Linted " + files + " file(s): " + errors + " error(s), " + warnings + " warning(s).");
        if (errors > 0) {
            out.println(
                    "Fix them, or allow one with -- kei:allow <rule-id> <reason> on the line before the statement.");
        }
    }
}
