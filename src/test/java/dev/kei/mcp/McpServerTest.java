package dev.kei.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.Bookshop;
import dev.kei.support.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kei-skill mcp} driven by the official MCP Python SDK client over stdio, without elicitation (the step
 * fallback): the bookshop's answers through kei_start and kei_answer reach byte-identical files to a replay of the
 * same transcript, each result being what step mode prints; and protocol abuse is an error that leaves the server
 * up and the state as it was.
 */
class McpServerTest {
    @TempDir
    Path work;

    /**
     * The Python client in {@code mode} on the bookshop's answers, into {@code folder}: it must exit 0 and leave the
     * files a replay of the same transcript writes, byte for byte; returns what it printed, and the files' digests.
     */
    private ClientRun bookshopOverMcp(String mode, String folder) throws Exception {
        Path mcp = work.resolve(folder);
        PythonMcpClient.Result client =
                PythonMcpClient.drive(mode, Bookshop.TRANSCRIPT, mcp, "mcp", "--out", work.toString());
        assertEquals(0, client.exitCode(), client.toString());

        Path replay = work.resolve("replay-" + folder);
        CliRun run = CliRun.of("run", "--replay", Bookshop.TRANSCRIPT.toString(), "--out", replay.toString());
        assertEquals(0, run.exitCode(), run.toString());
        Map<String, String> expected = digests(replay);
        assertFalse(expected.isEmpty());
        assertEquals(expected, digests(mcp));
        return new ClientRun(client, expected);
    }

    private record ClientRun(PythonMcpClient.Result client, Map<String, String> files) {}

    @Test
    void theBookshopOverMcpWritesWhatItsReplayWrites() throws Exception {
        PythonMcpClient.Result client = bookshopOverMcp("replay", "mcp").client();

        // every result is what step mode prints: the first ask as `next` shows it, the done envelope as `run` ends
        List<String> results = client.lines();
        CliRun next = CliRun.of(
                "next",
                "--intake",
                "a bookshop with authors, books and orders",
                "--clock",
                "2026-11-21T10:00:00Z",
                "--out",
                work.resolve("step").toString());
        assertEquals(next.out().strip(), results.get(0));
        assertTrue(results.get(results.size() - 1).startsWith("{\"type\":\"done\""), results.toString());
    }

    @Test
    void theBookshopAnsweredInFormsWritesWhatItsReplayWritesAndListsItsFilesAsResources() throws Exception {
        ClientRun run = bookshopOverMcp("elicit", "forms");
        PythonMcpClient.Result client = run.client();
        Map<String, String> expected = run.files();

        // the one kei_start returns the done envelope step mode ends with; every artifact is a resource
        List<String> lines = client.lines();
        assertTrue(lines.get(0).startsWith("{\"type\":\"done\""), client.out());
        assertEquals(
                expected.keySet().stream().map(p -> "resource " + p).sorted().toList(),
                lines.subList(1, lines.size()).stream().sorted().toList());
    }

    @Test
    void aDeclinedOrCancelledFormLeavesTheRunWaitingAtItsQuestionAndARejectedOneIsAskedAgain() throws Exception {
        PythonMcpClient.Result client = bookshopOverMcp("decline", "declined").client();
        assertEquals(4, client.lines().size(), client.out());
    }

    @Test
    void protocolAbuseIsAnErrorAndLeavesTheServerUpAndTheStateAsItWas() throws Exception {
        Path out = work.resolve("abuse");
        PythonMcpClient.Result client =
                PythonMcpClient.drive("abuse", Bookshop.TRANSCRIPT, out, "mcp", "--out", work.toString());
        assertEquals(0, client.exitCode(), client.toString());
        assertEquals(14, client.lines().size(), client.out()); // one "ok" line per check
    }

    @Test
    void aClientThatClosesStdinAtOnceGetsEveryAnswerOnAStdoutOfProtocolOnlyDespiteLinesThatAreNoMessages()
            throws Exception {
        String requests = String.join(
                "\n",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                        + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "this line is not JSON",
                "5",
                "{\"no\":\"jsonrpc\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"kei_start\","
                        + "\"arguments\":{\"intake\":\"a blog with comments\",\"clock\":\"2026-11-21T10:00:00Z\"}}}",
                "");
        Path stdout = work.resolve("stdout");
        Process server = new ProcessBuilder(PythonMcpClient.server("mcp", "--out", work.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(stdout.toFile())
                .start();
        try (var in = server.getOutputStream()) {
            in.write(requests.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        boolean exited = server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        if (!exited) {
            server.destroyForcibly();
        }
        String out = Files.readString(stdout);
        assertTrue(exited, "the server did not exit after stdin closed: " + out);
        assertEquals(0, server.exitValue());
        List<Integer> ids = new java.util.ArrayList<>();
        for (String line : out.lines().toList()) {
            com.fasterxml.jackson.databind.JsonNode message = dev.kei.io.Json.parse(line); // protocol only
            assertEquals("2.0", message.get("jsonrpc").asText(), line);
            if (message.hasNonNull("id")) {
                ids.add(message.get("id").asInt());
            }
        }
        assertEquals(List.of(1, 2, 3), ids, out);
        assertTrue(out.contains("\\\"type\\\":\\\"ask\\\""), out);
        assertTrue(Files.exists(work.resolve(".kei/state.json")));
    }

    @Test
    void aClientThatGoesAwayWhileAFormIsOpenLeavesTheRunWaitingAtThatQuestionAndTheServerExits() throws Exception {
        Path out = work.resolve("gone");
        try (RawMcpSession mcp = RawMcpSession.start("mcp", "--out", out.toString())) {
            mcp.send(
                    RawMcpSession.INITIALIZE_WITH_FORMS,
                    RawMcpSession.INITIALIZED,
                    RawMcpSession.call(2, "kei_start", START));
            String form = mcp.await(l -> l.contains("\"elicitation/create\""));
            assertTrue(form.contains("Which database"), form);

            List<String> after = mcp.hangUp(); // the client goes away with the form open
            assertEquals(0, mcp.exitCode());
            // the call still got its answer: the ask the run waits at, and why
            String result = after.stream()
                    .filter(l -> l.contains("\"id\":2,"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(result.contains("the client went away while the form was open"), result);
        }
        assertWaitsAtTheFirstQuestion(out);
    }

    @Test
    void callsOnARunWhoseFormIsOpenAreRefusedAndTheFormStillCounts() throws Exception {
        Path out = work.resolve("busy");
        try (RawMcpSession mcp = RawMcpSession.start("mcp", "--out", out.toString())) {
            mcp.send(
                    RawMcpSession.INITIALIZE_WITH_FORMS,
                    RawMcpSession.INITIALIZED,
                    RawMcpSession.call(2, "kei_start", START));
            String form = mcp.await(l -> l.contains("\"elicitation/create\""));
            mcp.send(
                    RawMcpSession.call(3, "kei_start", START),
                    RawMcpSession.call(4, "kei_status", "{}"),
                    RawMcpSession.call(5, "kei_answer", "{\"answers\":{\"db\":\"SQLite\"},\"forms\":false}"));
            for (int id = 3; id <= 5; id++) {
                String refused = mcp.response(id);
                assertTrue(refused.contains("FORM_OPEN") && refused.contains("\"isError\":true"), refused);
            }
            // the person cancels the open form: the first call ends with the first question still pending
            String elicitationId = dev.kei.io.Json.parse(form).get("id").toString();
            mcp.send("{\"jsonrpc\":\"2.0\",\"id\":" + elicitationId + ",\"result\":{\"action\":\"cancel\"}}");
            String result = mcp.response(2);
            assertTrue(result.contains("the person cancelled the form"), result);
            mcp.hangUp();
            assertEquals(0, mcp.exitCode());
        }
        assertWaitsAtTheFirstQuestion(out);
    }

    private static final String START = "{\"intake\":\"a blog with comments\",\"clock\":\"2026-11-21T10:00:00Z\"}";

    private static void assertWaitsAtTheFirstQuestion(Path out) {
        CliRun next = CliRun.of("next", "--out", out.toString());
        assertEquals(0, next.exitCode(), next.toString());
        assertTrue(
                next.out().startsWith("{\"type\":\"ask\",\"skill\":\"db-schema\",\"phase\":\"1-stack\",\"step\":1"),
                next.out());
    }

    /** Every file's SHA-256 by relative path, kei's own .kei/ folder left out. */
    private static Map<String, String> digests(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, String> files = new TreeMap<>();
            walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).startsWith(".kei"))
                    .forEach(p -> files.put(root.relativize(p).toString(), sha256(p)));
            return files;
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
