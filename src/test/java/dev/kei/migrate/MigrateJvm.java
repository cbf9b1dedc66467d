package dev.kei.migrate;

import dev.kei.cli.Console;
import dev.kei.cli.KeiMigrate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** kei-migrate as the fault and concurrency tests run it: in a JVM of its own, or in-process. */
final class MigrateJvm {
    private MigrateJvm() {}

    /** {@code kei-migrate ARGS} in a separate JVM, as bin/kei-migrate runs it (without the launcher's build step). */
    static ProcessBuilder process(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xss512k",
                "-cp",
                System.getProperty("java.class.path"),
                KeiMigrate.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** The outcome of an in-process run. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code kei-migrate ARGS} in this JVM. */
    static Run inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = KeiMigrate.commandLine(console).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
