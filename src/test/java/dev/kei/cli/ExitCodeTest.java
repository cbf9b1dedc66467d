package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.engine.RunException;
import dev.kei.migrate.MigrateException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every failure type, from kei-skill's and kei-migrate's commands alike, to its one exit code. */
class ExitCodeTest {
    @Test
    void aCliFailureKeepsTheCodeItWasGiven() {
        assertEquals(2, ExitCode.of(new CliFailure(2, "USAGE", "bad flag", "fix it")));
        assertEquals(1, ExitCode.of(new CliFailure(1, "GENERATOR_FAILED", "broke", "retry")));
    }

    @Test
    void aRunExceptionIsUsageOnlyWhenTheInputWasAtFault() {
        assertEquals(2, ExitCode.of(new RunException("INVALID_SKILL", "bad skill", "fix it", true, null)));
        assertEquals(1, ExitCode.of(new RunException("GENERATOR_FAILED", "broke", "retry", false, null)));
    }

    @Test
    void aMigrateExceptionIsUsageOnlyWhenTheInputWasAtFault() {
        assertEquals(2, ExitCode.of(MigrateException.usage("no such folder", "create it")));
        assertEquals(1, ExitCode.of(MigrateException.failure("database down", "start it")));
    }

    @Test
    void aFileOrAnythingUnforeseenFailsTheWork() {
        assertEquals(1, ExitCode.of(new IOException("disk full")));
        assertEquals(1, ExitCode.of(new UncheckedIOException(new IOException("disk full"))));
        assertEquals(1, ExitCode.of(new IllegalStateException("bug")));
    }

    @Test
    void aMalformedCommandLineIsUsageForBothCommands() {
        assertEquals(2, exit(KeiSkill.commandLine(console()), "run", "--no-such-flag"));
        assertEquals(2, exit(KeiMigrate.commandLine(console()), "--no-such-flag", "status"));
    }

    private static int exit(picocli.CommandLine cl, String... args) {
        return cl.execute(args);
    }

    private static Console console() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Console(new ByteArrayInputStream(new byte[0]), sink, sink, Map.of());
    }
}
