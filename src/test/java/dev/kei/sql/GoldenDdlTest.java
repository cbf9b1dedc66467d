package dev.kei.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every artifact of every case under {@code golden/ddl/} equals its expected file byte for byte. {@link GoldenFiles}
 * writes {@code <file>.actual} on a mismatch; {@code -Dgolden.update=true} rewrites the case folder instead.
 */
class GoldenDdlTest {
    static List<String> cases() {
        return GoldenCase.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void artifactsMatchTheGoldenFiles(String name) {
        GoldenCase c = GoldenCase.load(name);
        GoldenFiles.in(c.dir())
                .ignoring(f -> f.equals(GoldenCase.SCHEMA_FILE) || f.equals(GoldenCase.PROPERTIES_FILE))
                .assertMatches(c.artifacts());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renderingTwiceGivesTheSameBytes(String name) {
        GoldenCase c = GoldenCase.load(name);
        assertEquals(c.artifacts(), GoldenCase.load(name).artifacts());
    }

    @Test
    void thereAreEnoughCasesToMeanSomething() {
        assertTrue(cases().size() >= 6, "golden/ddl holds " + cases());
    }
}
