package dev.kei.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code bin/kei-skill mcp}: kei's skills as MCP tools over stdio (the official MCP Java SDK). Protocol messages
 * are the only thing written to {@code out}; progress and generator logs go to {@code log} (stderr).
 */
public final class KeiMcpServer {
    private KeiMcpServer() {}

    /**
     * Serves on {@code in}/{@code out} until the client closes {@code in}; {@code folder} is the default output
     * folder and {@code env} the environment runs read (DATABASE_URL and the like, masked in every answer).
     */
    public static void serve(InputStream in, OutputStream out, PrintStream log, Path folder, Map<String, String> env)
            throws InterruptedException {
        RequestLedger ledger = new RequestLedger(Duration.ofMinutes(5));
        StdioServerTransportProvider transport = new StdioServerTransportProvider(
                McpJsonDefaults.getMapper(), ledger.reading(in, log), ledger.writing(out));
        RunArtifacts artifacts = new RunArtifacts();
        KeiTools tools = new KeiTools(new StepCalls(env, log), folder, ledger.inputEnded(), artifacts, log);
        McpSyncServer server = McpServer.sync(transport)
                .serverInfo("kei", "0.1.0")
                .instructions("kei designs a database and its migrations by asking questions. Call kei_start"
                        + " with the app's one-line description. When your client fills in forms (elicitation),"
                        + " kei asks the person each question as a form within that call; otherwise, or with"
                        + " forms: false, show each ask envelope's payload to the person (AskUserQuestion) and"
                        + " hand the result to kei_answer, until a done envelope arrives. A finished run's files"
                        + " are listed as resources.")
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false)
                        .resources(false, true)
                        .build())
                // a person takes minutes to answer a question
                .requestTimeout(Duration.ofHours(1))
                .tools(tools.specifications())
                .build();
        artifacts.serveOn(server);
        log.println("kei MCP server ready on stdio (tools: kei_start, kei_answer, kei_status; out " + folder + ").");
        // the client closed stdin: answer what it asked (a tool call may be writing files), then stop
        ledger.awaitEndAndAnswers();
        server.closeGracefully();
    }
}
