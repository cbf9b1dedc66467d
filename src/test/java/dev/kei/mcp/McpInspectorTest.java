package dev.kei.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP Inspector's command-line client (npm @modelcontextprotocol/inspector, its {@code --cli} mode; the
 * separate inspector-cli package does not run outside the inspector's own tree) lists kei's three tools and calls
 * {@code kei_start}, which answers with the first ask envelope (issue 14). The package is installed into
 * target/mcp-inspector when missing; without npm the test is skipped, or fails under CI.
 */
class McpInspectorTest {
    static final String VERSION = "0.17.5";
    static final Path HOME = Path.of("target/mcp-inspector").toAbsolutePath();

    @TempDir
    Path out;

    static Path inspector() throws Exception {
        Path bin = HOME.resolve("node_modules/.bin/mcp-inspector");
        if (!Files.isExecutable(bin)) {
            Files.createDirectories(HOME);
            PythonMcpClient.Result npm = PythonMcpClient.run(
                    List.of(
                            "npm",
                            "install",
                            "--prefix",
                            HOME.toString(),
                            "--no-audit",
                            "--no-fund",
                            "--silent",
                            "@modelcontextprotocol/inspector@" + VERSION),
                    600);
            if (npm.exitCode() != 0 || !Files.isExecutable(bin)) {
                String why = "npm install @modelcontextprotocol/inspector@" + VERSION + " failed: "
                        + npm.err().strip();
                if (System.getenv("CI") != null) {
                    throw new AssertionError("The MCP Inspector is needed under CI: " + why);
                }
                Assumptions.assumeTrue(false, why);
            }
        }
        return bin;
    }

    private PythonMcpClient.Result cli(String... method) throws Exception {
        List<String> command = new ArrayList<>(List.of(inspector().toString(), "--cli"));
        command.addAll(PythonMcpClient.server("mcp", "--out", out.toString()));
        command.addAll(List.of(method));
        return PythonMcpClient.run(command, 300);
    }

    @Test
    void theInspectorListsTheToolsAndStartsARun() throws Exception {
        PythonMcpClient.Result list = cli("--method", "tools/list");
        assertEquals(0, list.exitCode(), list.err());
        TreeSet<String> tools = new TreeSet<>();
        for (JsonNode t : Json.MAPPER.readTree(list.out()).path("tools")) {
            tools.add(t.path("name").asText());
        }
        assertEquals(new TreeSet<>(List.of("kei_answer", "kei_start", "kei_status")), tools);

        PythonMcpClient.Result start = cli(
                "--method",
                "tools/call",
                "--tool-name",
                "kei_start",
                "--tool-arg",
                "intake=a bookshop with authors, books and orders",
                "--tool-arg",
                "clock=2026-11-21T10:00:00Z");
        assertEquals(0, start.exitCode(), start.err());
        JsonNode result = Json.MAPPER.readTree(start.out());
        assertEquals("ask", result.path("structuredContent").path("type").asText(), start.out());
        assertTrue(Files.exists(out.resolve(".kei/state.json")));
    }
}
