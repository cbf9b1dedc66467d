package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code drizzle-kit generate} on the Drizzle files db-schema writes: the SQL of the migration drizzle-kit writes. */
final class DrizzleKit {
    private DrizzleKit() {}

    /**
     * The SQL {@code drizzle-kit generate} writes, reading the files db-schema wrote ({@code files}: its
     * drizzle.config.ts, and src/db/schema.ts once {@code tsc --strict} found no error in it), with {@code DATABASE_URL}
     * set to {@code url}. The files are copied under {@code target/orm-tools/work/NAME/}, where their imports resolve
     * to the pinned packages.
     */
    static String generate(String name, Map<String, String> files, String url)
            throws IOException, InterruptedException {
        Path work = NodeTools.HOME.resolve("work").resolve(name);
        deleteTree(work);
        Files.createDirectories(work.resolve("src/db"));
        String schemaTs = files.get("src/db/schema.ts");
        Files.writeString(work.resolve("src/db/schema.ts"), schemaTs);
        Files.writeString(work.resolve("drizzle.config.ts"), files.get("drizzle.config.ts"));
        NodeTools.Run check = NodeTools.run(
                List.of(
                        NodeTools.bin("tsc"),
                        "--noEmit",
                        "--strict",
                        "--skipLibCheck",
                        "--target",
                        "es2022",
                        "--module",
                        "esnext",
                        "--moduleResolution",
                        "bundler",
                        "src/db/schema.ts"),
                work);
        assertEquals(0, check.exit(), name + ": tsc --strict refuses schema.ts:\n" + check.out() + "\n" + schemaTs);
        NodeTools.Run run = NodeTools.run(
                List.of(NodeTools.bin("drizzle-kit"), "generate", "--config", "drizzle.config.ts"),
                work,
                Map.of("DATABASE_URL", url));
        assertEquals(0, run.exit(), name + ": drizzle-kit generate failed:\n" + run.out() + "\n" + schemaTs);
        List<Path> sql;
        try (Stream<Path> written = Files.list(work.resolve("drizzle"))) {
            sql = written.filter(p -> p.toString().endsWith(".sql")).toList();
        }
        assertEquals(1, sql.size(), name + ": drizzle-kit wrote " + sql + "\n" + run.out());
        return Files.readString(sql.get(0));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
