package dev.kei.cli;

import dev.kei.engine.RunException;
import dev.kei.migrate.MigrateException;
import picocli.CommandLine;

/**
 * The one mapping from a failure to the exit code of kei-skill and kei-migrate alike: 2 when the input was at fault
 * (a person or an assistant can fix the call), 1 when the work failed.
 */
final class ExitCode {
    /** The work failed: a database, a file, a generator. */
    static final int FAILED = 1;

    /** The input was at fault: a flag, an answer, a skill or migration file. */
    static final int USAGE = 2;

    private ExitCode() {}

    /** The exit code for a command that ended with {@code failure}. */
    static int of(Throwable failure) {
        if (failure instanceof CliFailure e) {
            return e.exitCode();
        }
        if (failure instanceof RunException e) {
            return e.usage() ? USAGE : FAILED;
        }
        if (failure instanceof MigrateException e) {
            return e.usage() ? USAGE : FAILED;
        }
        if (failure instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        return FAILED; // a file, a database or anything unforeseen: the work failed, not the call
    }
}
