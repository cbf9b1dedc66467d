package dev.kei.migrate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kei.migrate.MigrationDirectory;
import dev.kei.migrate.MigrationFile;
import dev.kei.migrate.Settings;
import dev.kei.support.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every layout over one small folder (a transactional pair, a no-transaction CREATE INDEX CONCURRENTLY pair, a
 * dollar-quoted function, a backfill, a contract step with an IRREVERSIBLE down), against the golden files under
 * {@code src/test/resources/export/golden/<tool>/}; exporting twice gives the same bytes.
 */
class ExportGoldenTest {
    static final Path MIGRATIONS = Path.of("src/test/resources/export/migrations");
    static final Path GOLDEN = Path.of("src/test/resources/export/golden");

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"flyway", "golang-migrate", "goose", "dbmate"})
    void theLayoutMatchesItsGoldenFiles(String tool) throws Exception {
        List<MigrationFile> migrations = MigrationDirectory.read(MIGRATIONS);
        ExportLayout layout = ExportLayout.named(tool).orElseThrow();
        Path out = work.resolve(tool);
        Exporter.Result r = Exporter.export(migrations, layout, Timeouts.of(Settings.defaults()), MIGRATIONS, out);
        Map<String, String> files = read(out);
        files.put("notes.txt", String.join("\n", r.notes()) + "\n");
        GoldenFiles.in(GOLDEN.resolve(tool)).assertMatches(files);

        Exporter.export(migrations, layout, Timeouts.of(Settings.defaults()), MIGRATIONS, out);
        Map<String, String> again = read(out);
        again.put("notes.txt", files.get("notes.txt"));
        assertEquals(files, again, "a second export into its own folder");
    }

    static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString().replace(Exporter.MANIFEST, "_kei-export"), Files.readString(p));
            }
        }
        return out;
    }
}
