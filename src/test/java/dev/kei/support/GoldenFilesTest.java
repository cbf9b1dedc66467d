package dev.kei.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenFilesTest {
    @TempDir
    Path dir;

    private GoldenFiles golden() {
        return GoldenFiles.in(dir).updating(false);
    }

    @Test
    void matchingFilesPassAndLeaveNoActualBehind() throws IOException {
        Files.writeString(dir.resolve("a.sql"), "one\n");
        Files.writeString(dir.resolve("a.sql.actual"), "stale\n");
        golden().assertMatches(Map.of("a.sql", "one\n"));
        assertFalse(Files.exists(dir.resolve("a.sql.actual")));
    }

    @Test
    void aMismatchWritesActualBesideTheExpectedFileAndFails() throws IOException {
        Files.writeString(dir.resolve("a.sql"), "one\ntwo\n");
        AssertionFailedError e =
                assertThrows(AssertionFailedError.class, () -> golden().assertMatches(Map.of("a.sql", "one\nthree\n")));
        assertEquals("one\nthree\n", Files.readString(dir.resolve("a.sql.actual")));
        assertEquals("one\ntwo\n", Files.readString(dir.resolve("a.sql")), "the expected file is left alone");
        assertTrue(e.getMessage().contains("a.sql differs"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void oneMessageListsEveryDifferenceMissingAndUnexpectedFile() throws IOException {
        Files.writeString(dir.resolve("same.sql"), "x");
        Files.writeString(dir.resolve("changed.sql"), "old");
        Files.writeString(dir.resolve("left-over.sql"), "gone");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> golden().assertMatches(
                        Map.of("same.sql", "x", "changed.sql", "new", "sub/new.sql", "fresh")));
        String m = e.getMessage();
        assertTrue(m.contains("changed.sql differs"), m);
        assertTrue(m.contains("sub/new.sql has no expected file"), m);
        assertTrue(m.contains("left-over.sql is expected but was not written"), m);
        assertFalse(m.contains("same.sql"), m);
        assertEquals("fresh", Files.readString(dir.resolve("sub/new.sql.actual")));
        assertFalse(Files.exists(dir.resolve("sub/new.sql")), "a missing expected file is not created");
    }

    @Test
    void updateRewritesTheFolder() throws IOException {
        Files.writeString(dir.resolve("a.sql"), "old");
        Files.writeString(dir.resolve("a.sql.actual"), "new");
        Files.writeString(dir.resolve("left-over.sql"), "gone");
        Files.writeString(dir.resolve("schema.txt"), "input");
        GoldenFiles.in(dir)
                .ignoring("schema.txt"::equals)
                .updating(true)
                .assertMatches(Map.of("a.sql", "new", "sub/b.sql", "b"));
        assertEquals("new", Files.readString(dir.resolve("a.sql")));
        assertEquals("b", Files.readString(dir.resolve("sub/b.sql")));
        assertEquals("input", Files.readString(dir.resolve("schema.txt")), "inputs are never removed");
        assertFalse(Files.exists(dir.resolve("a.sql.actual")));
        assertFalse(Files.exists(dir.resolve("left-over.sql")));
        golden().ignoring("schema.txt"::equals).assertMatches(Map.of("a.sql", "new", "sub/b.sql", "b"));
    }

    @Test
    void ignoredInputsAreNotReportedAsUnexpected() throws IOException {
        Files.writeString(dir.resolve("schema.txt"), "input");
        Files.writeString(dir.resolve("a.sql"), "a");
        golden().ignoring("schema.txt"::equals).assertMatches(Map.of("a.sql", "a"));
        assertThrows(AssertionFailedError.class, () -> golden().assertMatches(Map.of("a.sql", "a")));
    }

    @Test
    void assertContainsComparesOnlyTheGivenFiles() throws IOException {
        Files.writeString(dir.resolve("smoke.sql"), "s");
        Files.writeString(dir.resolve("rich.sql"), "r");
        golden().assertContains(Map.of("smoke.sql", "s"));
        assertThrows(AssertionFailedError.class, () -> golden().assertContains(Map.of("fixtures.sql", "f")));
        assertEquals("f", Files.readString(dir.resolve("fixtures.sql.actual")));
        GoldenFiles.in(dir).updating(true).assertContains(Map.of("smoke.sql", "s2"));
        assertEquals("s2", Files.readString(dir.resolve("smoke.sql")));
        assertEquals("r", Files.readString(dir.resolve("rich.sql")), "other cases' files are kept on update");
    }

    @Test
    void theStoredNameMappingAppliesToExpectedAndActualFiles() throws IOException {
        Files.writeString(dir.resolve("_gitignore"), "secrets/\n");
        GoldenFiles mapped = golden().storedAs(p -> p.equals(".gitignore") ? "_gitignore" : p);
        mapped.assertMatches(Map.of(".gitignore", "secrets/\n"));
        assertThrows(AssertionFailedError.class, () -> mapped.assertMatches(Map.of(".gitignore", "other\n")));
        assertEquals("other\n", Files.readString(dir.resolve("_gitignore.actual")));
        assertFalse(Files.exists(dir.resolve(".gitignore.actual")));
    }
}
