package dev.kei.mcp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code kei-skill mcp} in a process of its own, spoken to line by line in raw JSON-RPC: for what an SDK client
 * would not do on purpose (go away with a form open, call again while one is open).
 */
final class RawMcpSession implements AutoCloseable {
    static final String INITIALIZE_WITH_FORMS = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{\"elicitation\":{\"form\":{}}},"
            + "\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";
    static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    private final Process server;
    private final OutputStream in;
    private final BufferedReader out;

    private RawMcpSession(Process server) {
        this.server = server;
        this.in = server.getOutputStream();
        this.out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    }

    static RawMcpSession start(String... args) throws IOException {
        return new RawMcpSession(new ProcessBuilder(PythonMcpClient.server(args))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
    }

    /** A tools/call request line. */
    static String call(int id, String tool, String argumentsJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + argumentsJson + "}}";
    }

    void send(String... lines) throws IOException {
        for (String line : lines) {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        in.flush();
    }

    /** Reads lines until one matches; returns it (fails at the end of output). */
    String await(Predicate<String> wanted) throws IOException {
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            if (wanted.test(line)) {
                return line;
            }
            seen.add(line);
        }
        throw new AssertionError("the server's output ended without the line looked for: " + seen);
    }

    /** The response to request {@code id}. */
    String response(int id) throws IOException {
        return await(l -> l.contains("\"id\":" + id + ",") && !l.contains("\"method\""));
    }

    /** Closes the server's input and reads its output to the end; returns that output. */
    List<String> hangUp() throws IOException {
        in.close();
        List<String> rest = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            rest.add(line);
        }
        return rest;
    }

    /** The exit code, after waiting for the exit. */
    int exitCode() throws InterruptedException {
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit");
        }
        return server.exitValue();
    }

    @Override
    public void close() {
        server.destroyForcibly();
    }
}
