package dev.kei.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of the last run that finished (its {@code done} envelope's artifacts: db/schema.sql, the migrations,
 * the report, ...) as MCP resources, by their {@code file:} URIs, so the client can read them without a file tool.
 * A resource is read from disk when asked for, and only while it is still a regular file inside the run's folder
 * (no link followed out of it).
 */
final class RunArtifacts {
    /** Larger files are listed but not served: an artifact is text kei wrote, never this big. */
    static final long MAX_BYTES = 8L << 20;

    private McpSyncServer server;
    private final List<String> published = new ArrayList<>();

    /** The server the resources are listed on; set once it is built. */
    synchronized void serveOn(McpSyncServer server) {
        this.server = server;
    }

    /** Lists the artifacts of {@code done}, a run's done envelope, written under {@code out}, instead of any before. */
    synchronized void publish(Path out, JsonNode done) {
        if (server == null) {
            return;
        }
        published.forEach(server::removeResource);
        published.clear();
        for (JsonNode artifact : done.path("artifacts")) {
            String path = artifact.path("path").asText();
            Path file = out.resolve(path).normalize();
            if (path.isEmpty() || !file.startsWith(out)) {
                continue;
            }
            String uri = file.toUri().toString();
            McpSchema.Resource resource = McpSchema.Resource.builder()
                    .uri(uri)
                    .name(path)
                    .description("Written by kei " + done.path("skill").asText() + " (sha256 "
                            + artifact.path("sha256").asText() + ")")
                    .mimeType(mimeType(path))
                    .build();
            server.addResource(new SyncResourceSpecification(resource, (exchange, request) -> read(out, file, uri)));
            published.add(uri);
        }
        server.notifyResourcesListChanged();
    }

    private static McpSchema.ReadResourceResult read(Path out, Path file, String uri) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(out.toRealPath())
                    || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(real) > MAX_BYTES) {
                throw new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(
                        McpSchema.ErrorCodes.INVALID_PARAMS,
                        "The artifact " + uri + " is no longer a file kei wrote in its run's folder.",
                        null));
            }
            return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(
                    uri, mimeType(file.toString()), Files.readString(real, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(
                    McpSchema.ErrorCodes.INVALID_PARAMS,
                    "The artifact " + uri + " cannot be read: " + e.getMessage(),
                    null));
        }
    }

    private static String mimeType(String path) {
        if (path.endsWith(".sql")) {
            return "application/sql";
        }
        if (path.endsWith(".md")) {
            return "text/markdown";
        }
        if (path.endsWith(".json")) {
            return "application/json";
        }
        return "text/plain";
    }
}
