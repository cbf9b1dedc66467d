package dev.kei.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every migration file db-change generates (its golden outputs, {@code src/test/resources/change/golden/}) passes
 * squawk with no violation (issue 13): where kei knows better (a binary-coercible type change, a rename kept working
 * by a view, a drop in a contract step) the file carries squawk's own ignore comment, with kei's reason above it.
 * squawk runs as {@link SquawkAgreementTest} runs it: each file the way kei-migrate runs it, the style rules that
 * record excludes left out.
 */
@Tag("squawk")
class GeneratedMigrationsPassSquawkTest {
    static final Path GOLDEN = Path.of("src/test/resources/change/golden");

    @Test
    void everyGeneratedMigrationPassesSquawk() throws Exception {
        SquawkAgreementTest.requireSquawk();
        Map<String, Path> wrapped = new TreeMap<>();
        Map<String, Path> not = new TreeMap<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                (SquawkAgreementTest.wrappedInTransaction(p) ? wrapped : not)
                        .put(GOLDEN.relativize(p).toString(), p);
            }
        }
        assertTrue(wrapped.size() + not.size() > 100, "the golden outputs are missing: " + GOLDEN);
        List<String> excluded = SquawkAgreementTest.record().excluded().stream()
                .map(SquawkAgreementTest.Exclusion::squawkRule)
                .toList();
        Map<String, Set<String>> found = new TreeMap<>(SquawkAgreementTest.squawk(wrapped, true, excluded));
        found.putAll(SquawkAgreementTest.squawk(not, false, excluded));
        Map<String, Set<String>> violations = new TreeMap<>();
        found.forEach((file, rules) -> {
            if (!rules.isEmpty()) {
                violations.put(file, rules);
            }
        });
        System.out.println("squawk over db-change's golden outputs: " + found.size() + " files, " + violations.size()
                + " with a violation");
        assertEquals(Map.of(), violations);
    }
}
