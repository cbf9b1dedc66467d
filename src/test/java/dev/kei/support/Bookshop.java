package dev.kei.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example bookshop transcript, for tests that need a finished db-schema run. */
public final class Bookshop {
    public static final Path TRANSCRIPT = Path.of("examples/bookshop.transcript.json");

    private Bookshop() {}

    /**
     * The bookshop transcript answering its last question "Don't apply", written to {@code dir}: the same finished
     * run without starting an embedded PostgreSQL to verify it, so a test of the state needs no database.
     */
    public static Path withoutDatabase(Path dir) throws IOException {
        ObjectNode t = (ObjectNode) Json.parse(Files.readString(TRANSCRIPT));
        ArrayNode exchanges = (ArrayNode) t.get("exchanges");
        ObjectNode last = (ObjectNode) exchanges.get(exchanges.size() - 1);
        ((ObjectNode) last.get("answers")).put("apply", "Don't apply");
        Path file = dir.resolve("bookshop-no-database.transcript.json");
        Files.writeString(file, Json.pretty(t));
        return file;
    }
}
