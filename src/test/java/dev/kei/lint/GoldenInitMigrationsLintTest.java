package dev.kei.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The init migration kei writes for new tables (and its down) passes lint with no error-level finding (issue 12). */
class GoldenInitMigrationsLintTest {
    static Stream<Path> initMigrations() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            List<Path> found = files.filter(
                            p -> p.getFileName().toString().matches("[0-9]{14}_init_schema(\\.down)?\\.sql"))
                    .sorted()
                    .toList();
            return found.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("initMigrations")
    void passesLint(Path file) throws IOException {
        List<Finding> errors = new Linter()
                .lint(LintFile.read(file, file.toString())).stream()
                        .filter(f -> f.level() == Level.ERROR)
                        .toList();
        assertEquals(List.of(), errors);
    }
}
