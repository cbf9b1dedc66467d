package dev.kei.migrate;

import java.util.List;

/** What {@code up --dry-run} and {@code down --dry-run} print: the files, how they would run, their statements. */
final class DryRun {
    private DryRun() {}

    static void up(UpPlan plan, Status status, java.io.PrintStream out) {
        List<MigrationFile> todo = plan.run();
        out.println("Dry run: nothing is executed. " + todo.size() + " migration(s) would be applied.");
        for (MigrationFile m : todo) {
            HistoryRow row = status.rows().get(m.version());
            out.println("");
            out.println(m.up().getFileName()
                    + (m.noTransaction()
                            ? "  (statement by statement, outside a transaction)"
                            : "  (one transaction, with its history row)")
                    + (row != null ? "  resuming after statement unit " + row.step() : "")
                    + (m.contract() ? "  (contract step)" : ""));
            statements(m.statements(), out);
        }
        if (!plan.heldBack().isEmpty()) {
            out.println("");
            out.println("Held back until up --contract: " + plan.heldBack().size() + " migration(s).");
            for (MigrationFile m : plan.heldBack()) {
                out.println(m.up().getFileName() + (m.contract() ? "  (contract step)" : ""));
            }
        }
    }

    static void down(List<MigrationFile> todo, java.io.PrintStream out) {
        out.println("Dry run: nothing is executed. " + todo.size() + " migration(s) would be reverted, newest first.");
        for (MigrationFile m : todo) {
            MigrationFile.Down d = m.down().orElseThrow();
            out.println("");
            out.println(d.file().getFileName()
                    + (d.noTransaction() ? "  (statement by statement)" : "  (one transaction)"));
            statements(d.statements(), out);
        }
    }

    private static void statements(List<SqlStatement> statements, java.io.PrintStream out) {
        for (SqlStatement s : statements) {
            out.println("  " + String.format("%4d", s.line()) + " | " + s.shown());
        }
    }
}
