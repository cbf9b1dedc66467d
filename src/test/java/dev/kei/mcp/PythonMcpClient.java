package dev.kei.mcp;

import dev.kei.support.ExternalProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The official MCP Python SDK client in a virtual environment under {@code target/mcp-venv} (made on first use:
 * {@code python3 -m venv}, then {@code pip install mcp}), running {@code src/test/resources/mcp/kei_client.py}
 * against {@code kei-skill mcp} started from the test class path. Without Python or the package the tests are
 * skipped, unless CI is set: there they fail.
 */
final class PythonMcpClient {
    static final Path VENV = Path.of("target/mcp-venv").toAbsolutePath();
    static final Path SCRIPT = Path.of("src/test/resources/mcp/kei_client.py").toAbsolutePath();

    private PythonMcpClient() {}

    /** What the client printed and how it ended. */
    record Result(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    /** The venv's python, made when missing; skips (or fails under CI) when it cannot be made. */
    static synchronized Path python() throws IOException, InterruptedException {
        Path python = VENV.resolve("bin/python");
        if (Files.isExecutable(python)
                && run(List.of(python.toString(), "-c", "import mcp"), 60).exitCode() == 0) {
            return python;
        }
        String why = make(python);
        if (why != null) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("The MCP Python SDK client is needed under CI: " + why);
            }
            Assumptions.assumeTrue(false, "no MCP Python client (" + why + ")");
        }
        return python;
    }

    private static String make(Path python) throws IOException, InterruptedException {
        Result venv = run(List.of("python3", "-m", "venv", VENV.toString()), 120);
        if (venv.exitCode() != 0) {
            return "python3 -m venv failed: " + venv.err().strip();
        }
        // no retries: an unreachable default index is then skipped at once for the configured local ones
        Result pip = run(List.of(python.toString(), "-m", "pip", "install", "-q", "--retries", "0", "mcp"), 600);
        if (pip.exitCode() != 0) {
            return "pip install mcp failed: " + pip.err().strip();
        }
        return null;
    }

    /** Runs the client script in {@code mode} against a server started with {@code serverArgs} after kei-skill. */
    static Result drive(String mode, Path transcript, Path out, String... serverArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                python().toString(),
                SCRIPT.toString(),
                mode,
                transcript.toAbsolutePath().toString(),
                out.toString()));
        command.add("--");
        command.addAll(server(serverArgs));
        return run(command, 300);
    }

    /** {@code kei-skill ARGS} in a JVM of its own, on the classes under test. */
    static List<String> server(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dkei.home=" + Path.of("").toAbsolutePath(),
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.kei.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    static Result run(List<String> command, int seconds) throws IOException, InterruptedException {
        ExternalProcess.Result r = ExternalProcess.run(command, null, Map.of(), seconds);
        return new Result(r.exitCode(), r.out(), r.err());
    }
}
