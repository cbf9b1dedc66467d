package dev.kei.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
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

    /** The process's streams, written as UTF-8 whatever the platform charset (under LANG=C it is ASCII). */
    public static Console system() {
        useUtf8();
        return new Console(System.in, System.out, System.err);
    }

    /** Makes {@code System.out} and {@code System.err} write UTF-8, for kei and any library printing to them. */
    static void useUtf8() {
        if (!"UTF-8".equals(System.getProperty("sun.stdout.encoding"))) {
            System.setOut(utf8(FileDescriptor.out));
        }
        if (!"UTF-8".equals(System.getProperty("sun.stderr.encoding"))) {
            System.setErr(utf8(FileDescriptor.err));
        }
    }

    /**
     * Why the command line cannot be trusted, or null: Java 17 decodes it with the locale's charset, so under LANG=C a
     * non-ASCII argument arrives as U+FFFD and would be stored that way.
     */
    static String undecodedArguments(String[] args) {
        String charset = System.getProperty("sun.jnu.encoding", "UTF-8");
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0 && !charset.equalsIgnoreCase("UTF-8")) {
                return "The command line holds characters the locale's charset (" + charset + ") cannot decode.";
            }
        }
        return null;
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 8192), true, StandardCharsets.UTF_8);
    }

    public BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
