package dev.kei.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code src/test/resources/lint/<rule-id>/{ok,err}/*.sql}: every err fixture gets exactly one finding of its
 * rule, every ok fixture none of it (other rules may speak about either: each folder judges its own rule only).
 */
class LintRulesTest {
    static final Path FIXTURES = Path.of("src/test/resources/lint");

    static Stream<Arguments> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files
                    .filter(p -> p.toString().endsWith(".sql"))
                    .sorted()
                    .map(p -> Arguments.of(
                            p.getParent().getParent().getFileName().toString(),
                            p.getParent().getFileName().toString(),
                            p))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("fixtures")
    void fixtureGetsItsRulesVerdict(String rule, String kind, Path file) throws IOException {
        assertTrue(Rules.byId(rule).isPresent(), "fixture folder " + rule + " names no rule");
        List<Finding> mine = new Linter()
                .lint(LintFile.read(file, file.toString())).stream()
                        .filter(f -> f.rule().equals(rule))
                        .toList();
        assertEquals(kind.equals("err") ? 1 : 0, mine.size(), file + ": " + mine);
        mine.forEach(f -> {
            assertTrue(f.line() >= 1);
            assertFalse(f.message().isBlank());
        });
    }

    @Test
    void everyRuleHasOkAndErrFixtures() throws IOException {
        for (Rule r : Rules.all()) {
            for (String kind : List.of("ok", "err")) {
                Path dir = FIXTURES.resolve(r.id()).resolve(kind);
                try (Stream<Path> files = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
                    assertTrue(
                            files.anyMatch(p -> p.toString().endsWith(".sql")),
                            "no " + kind + " fixture for " + r.id());
                }
            }
        }
    }

    @Test
    void everyRuleSaysWhatItFlagsTheLockAndTheSafeWay() {
        for (Rule r : Rules.all()) {
            assertTrue(r.id().matches("[a-z]+(-[a-z]+)*"), r.id());
            assertFalse(r.flags().isBlank() || r.lock().isBlank() || r.safe().isBlank(), r.id());
        }
        assertEquals(
                Rules.all().size(),
                Rules.all().stream().map(Rule::id).distinct().count());
    }
}
