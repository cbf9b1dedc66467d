package dev.kei.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A tool outside the JVM (Python, alembic, an MCP client) run to its end: no input, stdout and stderr kept apart in
 * files (a chatty tool cannot fill a pipe and hang), a time limit after which it and its children are killed.
 */
public final class ExternalProcess {
    private ExternalProcess() {}

    /** How it ended and what it printed; exit code 127 when it could not be started. */
    public record Result(int exitCode, String out, String err) {}

    /**
     * Runs {@code command} in {@code dir} (null: the current one), with DATABASE_URL taken out of the environment and
     * {@code env} added; fails the test after {@code seconds}.
     */
    public static Result run(List<String> command, Path dir, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("kei-process", ".out");
        Path err = Files.createTempFile("kei-process", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            if (dir != null) {
                builder.directory(dir.toFile());
            }
            builder.environment().remove("DATABASE_URL");
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("timed out after " + seconds + " s: " + String.join(" ", command));
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(127, "", e.getMessage());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
