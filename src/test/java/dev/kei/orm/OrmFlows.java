package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden archetype flows (six archetypes x three dialects x two key styles, ORM = None) replayed with another ORM
 * answer: what db-schema writes for that ORM, db/schema.sql beside the ORM's files, through the whole skill.
 */
final class OrmFlows {
    static final Path ROOT = Path.of("src/test/resources/golden/flows");

    private OrmFlows() {}

    /** The ORM = None flows on {@code dialectId} ("postgresql", "mysql", "sqlite"), by folder name. */
    static List<String> on(String dialectId) throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[a-z]+-" + dialectId + "-(uuid|bigint)"))
                    .sorted()
                    .toList();
        }
    }

    /** Replays flow {@code name} into {@code out} with the ORM answer {@code orm}; the folder {@code out}. */
    static Path replay(String name, String orm, Path out) throws IOException {
        ObjectNode transcript = (ObjectNode) Json.MAPPER.readTree(
                ROOT.resolve(name).resolve("transcript.json").toFile());
        ArrayNode exchanges = (ArrayNode) transcript.get("exchanges");
        ((ObjectNode) exchanges.get(0).get("answers")).put("orm", orm);
        if (orm.equals("Prisma")) {
            // Prisma brings its own runner: 4b and 4e are not asked
            for (int i = exchanges.size() - 1; i >= 0; i--) {
                JsonNode answers = exchanges.get(i).get("answers");
                if (answers.has("irreversible") || answers.has("runner")) {
                    exchanges.remove(i);
                }
            }
        }
        Path file = out.resolve("transcript.json");
        Files.createDirectories(out);
        Json.MAPPER.writeValue(file.toFile(), transcript);
        Path files = out.resolve("files");
        CliRun run = CliRun.of("run", "--replay", file.toString(), "--out", files.toString());
        assertEquals(0, run.exitCode(), name + " with ORM " + orm + ": " + run);
        return files;
    }
}
