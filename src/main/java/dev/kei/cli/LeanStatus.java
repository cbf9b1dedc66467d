package dev.kei.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The hot path of {@code kei-migrate status}: CI pipelines and assistants call it often, and building picocli's
 * model of five commands is a large part of a call that finds nothing to do. It reads the one call shape that needs
 * none of it, {@code [--database-url URL] --dir DIR status}, and runs the very {@link MigrateStatusCommand} the
 * picocli path runs, so output, errors and exit codes are the same by construction (LeanStatusTest runs both
 * paths on the same cases). Any other call, or any doubt about how picocli would read it, goes to picocli.
 */
final class LeanStatus {
    private static final String[] COMMANDS = {"create", "status", "up", "down", "verify", "lint"};

    private LeanStatus() {}

    /** The options of a call of that shape, or null when picocli must read the call. */
    static MigrateOptions parse(String[] args) {
        if (args.length < 3 || !args[args.length - 1].equals("status")) {
            return null;
        }
        String url = null;
        String dir = null;
        for (int i = 0; i < args.length - 1; i += 2) {
            String name = args[i];
            String value = i + 1 < args.length - 1 ? args[i + 1] : null;
            // picocli reads these as errors or as something else: a flag, a command, an @argument file
            if (value == null || value.startsWith("-") || value.startsWith("@") || isCommand(value)) {
                return null;
            }
            if (name.equals("--database-url") && url == null) {
                url = value;
            } else if (name.equals("--dir") && dir == null) {
                dir = value;
            } else {
                return null;
            }
        }
        if (dir == null) {
            return null;
        }
        try {
            return MigrateOptions.of(url, Path.of(dir));
        } catch (InvalidPathException e) {
            return null; // picocli names the bad value
        }
    }

    private static boolean isCommand(String arg) {
        for (String c : COMMANDS) {
            if (c.equals(arg)) {
                return true;
            }
        }
        return false;
    }

    /** The exit code of {@code status} run on the lean path, or -1 when the call is for picocli. */
    static int tryRun(String[] args, Console console) {
        MigrateOptions options = parse(args);
        return options == null ? -1 : new MigrateStatusCommand(console).callWith(options);
    }
}
