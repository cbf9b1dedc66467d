package dev.kei.migrate;

import java.io.PrintStream;
import java.util.List;

/** Progress on stderr for long runs: a counter per migration and the elapsed time. */
public final class Progress {
    private final PrintStream err;
    private final long started = System.nanoTime();

    public Progress(PrintStream err) {
        this.err = err;
    }

    void migrating(int index, int total, String verb, MigrationFile m) {
        err.printf(
                "[%d/%d] %s %s%s%n", index, total, verb, m.id(), m.noTransaction() ? " (statement by statement)" : "");
    }

    /** A run of files sent together, each in its own transaction; one file reads as above. */
    void migrating(int first, int total, List<MigrationFile> run) {
        if (run.size() == 1) {
            migrating(first, total, "up", run.get(0));
            return;
        }
        err.printf(
                "[%d-%d/%d] up %s ... %s (%d files in one round trip, each in its own transaction)%n",
                first,
                first + run.size() - 1,
                total,
                run.get(0).id(),
                run.get(run.size() - 1).id(),
                run.size());
    }

    public void note(String text) {
        err.println(text);
    }

    void finished(String what, int count) {
        err.printf(
                "%s %d migration%s in %d ms.%n",
                what, count, count == 1 ? "" : "s", (System.nanoTime() - started) / 1_000_000);
    }
}
