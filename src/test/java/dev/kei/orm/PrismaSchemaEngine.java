package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prisma's schema engine ({@code @prisma/prisma-schema-wasm}, what the Prisma CLI runs to read a schema): its {@code
 * validate} and {@code get_dmmf} on one schema.prisma, through a small node script.
 */
final class PrismaSchemaEngine {
    private static final String SCRIPT =
            """
            const engine = require('@prisma/prisma-schema-wasm');
            const fs = require('fs');
            const schema = fs.readFileSync(process.argv[2], 'utf8');
            const params = JSON.stringify({ prismaSchema: [['schema.prisma', schema]], noColorErrors: true });
            let verdict;
            try {
              engine.validate(params);
              verdict = { valid: true, dmmf: JSON.parse(engine.get_dmmf(params)) };
            } catch (e) {
              verdict = { valid: false, error: String(e && e.message ? e.message : e) };
            }
            process.stdout.write(JSON.stringify(verdict));
            """;

    /** What the engine says of a schema: valid with its DMMF, or the error it gave. */
    record Verdict(boolean valid, String error, JsonNode dmmf) {}

    private PrismaSchemaEngine() {}

    static Verdict check(Path schema) throws IOException, InterruptedException {
        Path script = NodeTools.HOME.resolve("prisma-check.js");
        if (!Files.isRegularFile(script) || !Files.readString(script).equals(SCRIPT)) {
            Files.writeString(script, SCRIPT);
        }
        NodeTools.Run run = NodeTools.run(
                List.of("node", script.toString(), schema.toAbsolutePath().toString()), NodeTools.HOME);
        assertEquals(0, run.exit(), "node prisma-check.js " + schema + ": " + run.out());
        JsonNode out = Json.MAPPER.readTree(run.out());
        return new Verdict(out.path("valid").asBoolean(), out.path("error").asText(""), out.path("dmmf"));
    }
}
