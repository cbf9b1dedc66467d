package dev.kei.sql;

import dev.kei.db.Database;
import dev.kei.db.Dialect;
import dev.kei.schema.SchemaText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One folder of {@code src/test/resources/golden/ddl/}: {@code schema.txt} (schema text), an optional
 * {@code case.properties} (design: keys, naming, timestamps, tenancy, scale; irreversible tables; migration name) and the
 * expected artifacts beside them.
 */
public record GoldenCase(String name, Path dir, Schema schema, Set<String> irreversible, String migration) {

    static final String SCHEMA_FILE = "schema.txt";
    static final String PROPERTIES_FILE = "case.properties";

    /** The golden folder in the source tree, so a mismatch can be written beside the expected file. */
    static Path root() {
        return Path.of(System.getProperty("kei.home", "."), "src", "test", "resources", "golden", "ddl");
    }

    public static List<String> names() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GoldenCase> all() {
        return names().stream().map(GoldenCase::load).toList();
    }

    public static GoldenCase load(String name) {
        Path dir = root().resolve(name);
        try {
            Properties p = new Properties();
            Path props = dir.resolve(PROPERTIES_FILE);
            if (Files.exists(props)) {
                try (Reader r = Files.newBufferedReader(props)) {
                    p.load(r);
                }
            }
            Design recommended = Design.recommended();
            Design design = new Design(
                    enumOf(p, "keys", recommended.keys()),
                    enumOf(p, "naming", recommended.naming()),
                    enumOf(p, "timestamps", recommended.timestamps()),
                    enumOf(p, "tenancy", recommended.tenancy()),
                    enumOf(p, "scale", recommended.scale()));
            Schema schema =
                    new SchemaDesigner(design).design(SchemaText.parse(Files.readString(dir.resolve(SCHEMA_FILE))));
            Set<String> irreversible = Arrays.stream(
                            p.getProperty("irreversible", "").split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            return new GoldenCase(name, dir, schema, irreversible, p.getProperty("migration", "init_schema"));
        } catch (Exception e) {
            throw new IllegalStateException("golden case " + name + ": " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E enumOf(Properties p, String key, E fallback) {
        String value = p.getProperty(key);
        return value == null
                ? fallback
                : Enum.valueOf(fallback.getDeclaringClass(), value.strip().toUpperCase(Locale.ROOT));
    }

    public String ddl(Dialect d) {
        return new DdlRenderer().render(schema, d);
    }

    String down(Dialect d) {
        return new DownRenderer().render(schema, d, Set.of(), migration);
    }

    String irreversibleDown(Dialect d) {
        return new DownRenderer().render(schema, d, irreversible, migration);
    }

    /** Every artifact of the case by file name, in a fixed order. */
    Map<String, String> artifacts() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Dialect d : Database.dialects()) {
            out.put(d.id() + ".sql", ddl(d));
            out.put("down." + d.id() + ".sql", down(d));
            if (!irreversible.isEmpty()) {
                out.put("down-irreversible." + d.id() + ".sql", irreversibleDown(d));
            }
            out.put("schema." + d.id() + ".md", new MermaidRenderer().render(schema, d));
        }
        return out;
    }
}
