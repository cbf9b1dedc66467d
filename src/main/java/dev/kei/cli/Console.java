package dev.kei.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The three streams a command talks through, and the environment it reads settings from; tests pass their own to
 * run commands in-process.
 */
public record Console(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {

    public Console {
        env = Map.copyOf(env);
    }

    /** Streams with the process's environment. */
    public Console(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, System.getenv());
    }

    public static Console system() {
        return new Console(System.in, System.out, System.err);
    }

    public BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
