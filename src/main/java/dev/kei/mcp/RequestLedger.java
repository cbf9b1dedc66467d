package dev.kei.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Counts the JSON-RPC requests read from the client and the responses written back, so that the server answers
 * every request it read before it exits on end of input (a client may send its requests and close stdin at once):
 * the SDK drops work in flight when it sees the end, so the end is held back until every request has its answer.
 */
final class RequestLedger {
    private final Duration limit;
    private long requests;
    private long responses;
    private boolean ended;
    private final java.util.concurrent.CompletableFuture<Void> inputEnded =
            new java.util.concurrent.CompletableFuture<>();

    /** {@code limit}: how long the end of input is held back for answers still being worked on. */
    RequestLedger(Duration limit) {
        this.limit = limit;
    }

    /**
     * {@code in}, line by line: a line that is no JSON-RPC message is dropped with a note on {@code log} (the SDK
     * stops reading at the first one it cannot parse, which would leave the server deaf); requests are counted.
     */
    InputStream reading(InputStream in, java.io.PrintStream log) {
        InputStream source = new java.io.BufferedInputStream(in);
        return new InputStream() {
            private byte[] line = new byte[0];
            private int next;

            @Override
            public int read() throws IOException {
                if (!fill()) {
                    return -1;
                }
                return line[next++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, line.length - next);
                System.arraycopy(line, next, b, off, n);
                next += n;
                return n;
            }

            /** Makes the next message line current; false at the end of input, once every request is answered. */
            private boolean fill() throws IOException {
                while (next >= line.length) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    int b;
                    while ((b = source.read()) >= 0 && b != '\n') {
                        bytes.write(b);
                    }
                    if (b < 0 && bytes.size() == 0) {
                        end();
                        answered();
                        return false;
                    }
                    String text = bytes.toString(StandardCharsets.UTF_8);
                    if (text.isBlank()) {
                        continue;
                    }
                    JsonNode message = message(text);
                    if (message == null) {
                        log.println("Dropped an input line that is no JSON-RPC message ("
                                + Math.min(text.length(), 1 << 20) + " characters).");
                        continue;
                    }
                    if (message.has("method") && message.hasNonNull("id")) {
                        counted(true);
                    }
                    line = (text + "\n").getBytes(StandardCharsets.UTF_8);
                    next = 0;
                }
                return true;
            }
        };
    }

    /** {@code text} as a JSON-RPC 2.0 message (a request, notification or response), or null. */
    private static JsonNode message(String text) {
        try {
            JsonNode node = Json.parse(text);
            boolean rpc = node.isObject() && "2.0".equals(node.path("jsonrpc").asText(null));
            return rpc && (node.path("method").isTextual() || node.has("id")) ? node : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {@code out}, counting the responses written to it. */
    OutputStream writing(OutputStream out) {
        return new FilterOutputStream(out) {
            private final Lines lines = new Lines();

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                lines.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                for (int i = 0; i < len; i++) {
                    lines.write(b[off + i]);
                }
            }
        };
    }

    /** Waits until input ended and every request read has its response, or the limit passed after the end. */
    synchronized void awaitEndAndAnswers() throws InterruptedException {
        while (!ended) {
            wait();
        }
        awaitAnswers();
    }

    private void answered() throws java.io.InterruptedIOException {
        try {
            synchronized (this) {
                awaitAnswers();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while answering the last requests");
        }
    }

    private synchronized void awaitAnswers() throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (responses < requests) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private synchronized void end() {
        ended = true;
        inputEnded.complete(null);
        notifyAll();
    }

    /** Completes when the client's input ends: a form still open then will never be answered. */
    java.util.concurrent.CompletableFuture<Void> inputEnded() {
        return inputEnded;
    }

    private synchronized void counted(boolean request) {
        if (request) {
            requests++;
        } else {
            responses++;
        }
        notifyAll();
    }

    /** The bytes written, split into lines; each line that is a response is counted. */
    private final class Lines {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        void write(int b) {
            if (b != '\n') {
                line.write(b);
                return;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            try {
                JsonNode message = Json.parse(text);
                for (JsonNode m : message.isArray() ? message : java.util.List.of(message)) {
                    boolean hasId = m.hasNonNull("id");
                    boolean isRequest = m.has("method");
                    if (hasId && !isRequest) {
                        counted(false);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not JSON: the SDK answers it with a parse error or drops it; nothing to wait for
            }
        }
    }
}
