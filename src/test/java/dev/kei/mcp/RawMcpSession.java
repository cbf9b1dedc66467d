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
    private final java.nio.file.Path log;
    private final OutputStream in;
    private final BufferedReader out;
    private final List<String> unread = new ArrayList<>();

    private RawMcpSession(Process server, java.nio.file.Path log) {
        this.server = server;
        this.log = log;
        this.in = server.getOutputStream();
        this.out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    }

    static RawMcpSession start(String... args) throws IOException {
        java.nio.file.Path log = java.nio.file.Files.createTempFile("kei-mcp-raw", ".err");
        Process server = new ProcessBuilder(PythonMcpClient.server(args))
                .redirectError(log.toFile())
                .start();
        // a line that never comes fails the test in two minutes instead of hanging the suite
        java.util.concurrent.CompletableFuture.delayedExecutor(2, TimeUnit.MINUTES)
                .execute(server::destroyForcibly);
        return new RawMcpSession(server, log);
    }

    /** What the server wrote on stderr so far, for a failure's message. */
    String log() {
        try {
            return java.nio.file.Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
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

    /**
     * The first line, read now or seen before and not yet taken, that matches; it is taken (fails at the end of
     * output). Lines passed over are kept: responses come in any order.
     */
    String await(Predicate<String> wanted) throws IOException {
        for (java.util.Iterator<String> it = unread.iterator(); it.hasNext(); ) {
            String line = it.next();
            if (wanted.test(line)) {
                it.remove();
                return line;
            }
        }
        String line;
        while ((line = out.readLine()) != null) {
            if (wanted.test(line)) {
                return line;
            }
            unread.add(line);
        }
        throw new AssertionError("the server's output ended without the line looked for: " + unread + "\n" + log());
    }

    /** The response to request {@code id}. */
    String response(int id) throws IOException {
        return await(l -> l.contains("\"id\":" + id + ",") && !l.contains("\"method\""));
    }

    /** Closes the server's input and reads its output to the end; returns that output. */
    List<String> hangUp() throws IOException {
        in.close();
        List<String> rest = new ArrayList<>(unread);
        unread.clear();
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
    public void close() throws IOException {
        server.destroyForcibly();
        java.nio.file.Files.deleteIfExists(log);
    }
}
