package dev.kei.cli;

import dev.kei.ask.Envelope;
import dev.kei.io.Json;
import java.io.PrintStream;

/** How a command reports a failure: as an {@code error} envelope for programs, or as prose for people. */
interface Reporter {
    void failure(Envelope.Error error, Throwable cause);

    /** An {@code error} envelope on stdout (step and stdio modes): programs parse it. */
    static Reporter envelope(PrintStream out, PrintStream err, boolean verbose) {
        return (error, cause) -> {
            out.println(Json.line(error));
            out.flush();
            if (verbose && cause != null) {
                cause.printStackTrace(err);
            }
        };
    }

    /** What happened, a labelled block, and the next step (Flyway's style), on stderr. */
    static Reporter human(PrintStream err, boolean verbose) {
        return (error, cause) -> {
            err.println(error.message());
            err.println("  Code : " + error.code());
            if (error.hint() != null) {
                err.println(error.hint());
            }
            if (verbose && cause != null) {
                cause.printStackTrace(err);
            }
        };
    }
}
