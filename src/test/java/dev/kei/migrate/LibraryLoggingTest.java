package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kei-migrate in a JVM of its own, where a library's java.util.logging would reach the real stderr: a port out of
 * range is a URL problem (exit 2) and no library ever prints a log line, even when the driver warns.
 */
class LibraryLoggingTest {
    @TempDir
    Path work;

    record Child(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Child run(String url) throws Exception {
        Path dir = Files.createDirectories(work.resolve("m"));
        ProcessBuilder pb = MigrateJvm.process("--database-url", url, "--dir", dir.toString(), "status")
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "kei-migrate did not end");
        return new Child(
                p.exitValue(),
                Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** Lines a logging framework writes (java.util.logging's two-line format, slf4j-simple, log4j). */
    private static void assertNoLibraryLog(Child child) {
        for (String line : child.err().split("\n")) {
            for (String mark : List.of("WARNING:", "SEVERE:", "INFO:", "org.postgresql", "io.zonky", "SLF4J")) {
                assertFalse(line.contains(mark), "a library log line on stderr: " + line + "\n" + child);
            }
        }
    }

    @Test
    void aPortOutOfRangeIsAUrlProblemAndLogsNothing() throws Exception {
        Child child = run("postgres://u:Sec9retQ@localhost:99999/db");
        assertEquals(2, child.exit(), child.toString());
        assertTrue(child.err().startsWith("The database URL cannot be used: "), child.toString());
        assertTrue(child.err().contains("port"), child.toString());
        assertFalse(child.err().contains("Sec9retQ"), child.toString());
        assertNoLibraryLog(child);
    }

    @Test
    void aDriverWarningNeverReachesStderr() throws Exception {
        // pgjdbc warns through java.util.logging about a loginTimeout it cannot read, then is refused a connection
        Child child = run("postgres://u:Sec9retQ@127.0.0.1:1/db?loginTimeout=abc");
        assertEquals(1, child.exit(), child.toString());
        assertTrue(
                child.err().startsWith("Could not read the migration history on postgresql://u@127.0.0.1:1/db"),
                child.toString());
        assertTrue(child.err().contains("refused"), child.toString());
        assertNoLibraryLog(child);
    }
}
