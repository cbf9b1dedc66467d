package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed files, byte for byte, against src/test/resources/golden/seed/&lt;schema&gt;/&lt;kind&gt;.&lt;dialect&gt;.sql.
 * On a mismatch the rendered file is written beside the golden one as {@code .actual}; {@code -Dgolden.update=true}
 * rewrites the golden files for review in the diff.
 */
class SeedGoldenTest {
    private static final Path ROOT =
            Path.of(System.getProperty("kei.home", "."), "src", "test", "resources", "golden", "seed");

    static Stream<Arguments> cases() {
        Stream<Arguments> postgres = Stream.of(SeedSchemas.BOOKSHOP, SeedSchemas.BLOG, SeedSchemas.LEAGUE)
                .flatMap(s -> Stream.of(SeedKind.values()).map(k -> of(s, k, new PostgresDialect())));
        Stream<Arguments> others = Stream.of(
                of(SeedSchemas.LEAGUE, SeedKind.SMOKE, new MySqlDialect()),
                of(SeedSchemas.LEAGUE, SeedKind.SMOKE, new SqliteDialect()));
        return Stream.concat(postgres, others);
    }

    private static Arguments of(SeedSchemas s, SeedKind kind, Dialect d) {
        return Arguments.of(s, kind, Named.of(d.label(), d));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void seedMatchesGolden(SeedSchemas s, SeedKind kind, Dialect d) throws IOException {
        String file = kind.label() + "." + d.id() + ".sql";
        Path golden = ROOT.resolve(s.folder()).resolve(file);
        Path actualFile = golden.resolveSibling(file + ".actual");
        String actual = SeedRenderer.render(s.schema(), kind, d);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            Files.deleteIfExists(actualFile);
            return;
        }
        if (!Files.exists(golden)) {
            write(actualFile, actual);
            fail("No golden file " + golden + "; wrote " + actualFile.getFileName()
                    + ". Review it, then run: mvn test -Dtest=SeedGoldenTest -Dgolden.update=true");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            write(actualFile, actual);
            fail("Seed differs from " + golden + firstDifference(expected, actual) + "\n  Wrote " + actualFile
                    + "; if the change is intended, run: mvn test -Dtest=SeedGoldenTest -Dgolden.update=true");
        }
        Files.deleteIfExists(actualFile);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of file>";
            if (!el.equals(al)) {
                return "\n  Line     : " + (i + 1) + "\n  Expected : " + el + "\n  Actual   : " + al;
            }
        }
        return "";
    }
}
