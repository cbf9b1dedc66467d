package dev.kei.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * Keeps every library's java.util.logging (pgjdbc's among them) off stderr: kei says what went wrong in its own
 * words, and SLF4J users such as the embedded PostgreSQL are bound to slf4j-nop in the pom. Named as the logging
 * configuration class, so it costs nothing until a library first asks for a logger.
 */
public final class QuietLogging {
    /** Called by {@link LogManager} when it first starts: no handlers, nothing logged. */
    public QuietLogging() throws IOException {
        LogManager.getLogManager()
                .readConfiguration(
                        new ByteArrayInputStream("handlers=\n.level=OFF\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Before anything logs: from here on the JVM's logging starts silent. */
    static void install() {
        System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
    }
}
