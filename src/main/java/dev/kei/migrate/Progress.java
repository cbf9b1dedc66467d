package dev.kei.migrate;

import java.io.PrintStream;

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

    void note(String text) {
        err.println(text);
    }

    void finished(String what, int count) {
        err.printf(
                "%s %d migration%s in %d ms.%n",
                what, count, count == 1 ? "" : "s", (System.nanoTime() - started) / 1_000_000);
    }
}
