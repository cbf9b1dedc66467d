package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** {@code drizzle-kit generate} on a schema.ts: the SQL of the migration drizzle-kit writes for it. */
final class DrizzleKit {
    private DrizzleKit() {}

    /**
     * The SQL drizzle-kit generates for {@code schemaTs} on {@code dialect}, after {@code tsc --strict} found no error
     * in it. The file is put under {@code
     * target/orm-tools/work/NAME/}, where its imports resolve to the pinned drizzle-orm.
     */
    static String generate(String name, String schemaTs, String dialect) throws IOException, InterruptedException {
        Path work = NodeTools.HOME.resolve("work").resolve(name);
        deleteTree(work);
        Files.createDirectories(work);
        Files.writeString(work.resolve("schema.ts"), schemaTs);
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
                        "schema.ts"),
                work);
        assertEquals(0, check.exit(), name + ": tsc --strict refuses schema.ts:\n" + check.out() + "\n" + schemaTs);
        NodeTools.Run run = NodeTools.run(
                List.of(
                        NodeTools.bin("drizzle-kit"),
                        "generate",
                        "--dialect",
                        dialect,
                        "--schema",
                        "schema.ts",
                        "--out",
                        "out"),
                work);
        assertEquals(0, run.exit(), name + ": drizzle-kit generate failed:\n" + run.out() + "\n" + schemaTs);
        List<Path> sql;
        try (Stream<Path> files = Files.list(work.resolve("out"))) {
            sql = files.filter(p -> p.toString().endsWith(".sql")).toList();
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
