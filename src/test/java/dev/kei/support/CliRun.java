package dev.kei.support;

import dev.kei.cli.Console;
import dev.kei.cli.KeiSkill;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@code kei-skill} in-process with captured streams: exit code, stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun withInput(String stdin, String... args) {
        return withEnv(System.getenv(), stdin, args);
    }

    /** Runs with {@code env} as the command's environment (in place of the process's). */
    public static CliRun withEnv(java.util.Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env);
        int code = KeiSkill.commandLine(console).execute(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static CliRun of(String... args) {
        return withInput("", args);
    }

    /** Runs {@code kei-migrate} in-process with captured streams. */
    public static CliRun migrate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = dev.kei.cli.KeiMigrate.commandLine(console).execute(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The stdout lines. */
    public java.util.List<String> lines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
