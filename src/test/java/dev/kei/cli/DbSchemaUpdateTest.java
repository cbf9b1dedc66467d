package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.Bookshop;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run db-schema --update} over stdio: the finished bookshop design again with every answer kept but the
 * design review, where the person adds a column; db-change then writes the migration from the old design to the new
 * one; the init migration stays as it was and the new design becomes the run the next update starts from.
 */
class DbSchemaUpdateTest {
    private static final String CLOCK = "2027-01-01T09:00:00Z";

    @TempDir
    Path work;

    private Path bookshop() throws Exception {
        Path out = work.resolve("shop");
        CliRun run = CliRun.of("run", "--replay", Bookshop.withoutDatabase(work).toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        return out;
    }

    private static String lines(String... answers) {
        return String.join("\n", answers) + "\n";
    }

    private static CliRun update(Path out, String stdin) {
        return CliRun.withInput(
                stdin, "run", "--update", "--transport", "stdio", "--out", out.toString(), "--clock", CLOCK);
    }

    private static List<String> migrations(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out.resolve("migrations"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theReviewIsAskedAgainAndDbChangeWritesTheMigrationToTheNewDesign() throws Exception {
        Path out = bookshop();
        Path init = out.resolve("migrations/20261121100000_init_schema.sql");
        byte[] initBefore = Files.readAllBytes(init);

        CliRun run = update(
                out,
                lines(
                        "{\"answers\":{\"review\":\"authors(website text)\"}}",
                        "{\"answers\":{\"review\":\"Approve\"}}",
                        "{\"answers\":{\"source\":\"db/schema.sql\"}}",
                        "{\"answers\":{\"review\":\"Write them\"}}",
                        "{\"answers\":{\"apply\":\"Not now\"}}"));
        assertEquals(0, run.exitCode(), run.toString());
        // the person saw the review (twice: the edit, then the revised design) and db-change's questions only
        List<String> asked =
                run.out().lines().filter(l -> l.startsWith("{\"type\":\"ask\"")).toList();
        assertEquals(5, asked.size(), run.out());
        assertTrue(asked.get(0).contains("\"ids\":[\"review\"]") && asked.get(1).contains("\"ids\":[\"review\"]"));
        assertTrue(run.err().contains("answered as before"), run.err());

        assertArrayEquals(initBefore, Files.readAllBytes(init));
        assertEquals(
                List.of(
                        "20261121100000_init_schema.down.sql",
                        "20261121100000_init_schema.sql",
                        "20270101090000_add_authors_website.down.sql",
                        "20270101090000_add_authors_website.sql"),
                migrations(out));
        assertTrue(Files.readString(out.resolve("db/schema.sql")).contains("website"));
        assertTrue(Files.readString(out.resolve(".kei/db-schema.finished.json")).contains("authors(website text)"));
    }

    @Test
    void theNextUpdateStartsFromTheUpdatedDesign() throws Exception {
        Path out = bookshop();
        String change = lines(
                "{\"answers\":{\"source\":\"db/schema.sql\"}}",
                "{\"answers\":{\"review\":\"Write them\"}}",
                "{\"answers\":{\"apply\":\"Not now\"}}");
        CliRun first = update(
                out,
                lines("{\"answers\":{\"review\":\"authors(website text)\"}}", "{\"answers\":{\"review\":\"Approve\"}}")
                        + change);
        assertEquals(0, first.exitCode(), first.toString());

        CliRun second = CliRun.withInput(
                lines("{\"answers\":{\"review\":\"books(blurb text)\"}}", "{\"answers\":{\"review\":\"Approve\"}}")
                        + change,
                "run",
                "--update",
                "--transport",
                "stdio",
                "--out",
                out.toString(),
                "--clock",
                "2027-01-02T09:00:00Z");
        assertEquals(0, second.exitCode(), second.toString());
        // only the blurb is new: the website came with the kept design
        assertTrue(
                migrations(out).contains("20270102090000_add_books_blurb.sql"),
                migrations(out).toString());
        assertEquals(6, migrations(out).size(), migrations(out).toString());
        String schema = Files.readString(out.resolve("db/schema.sql"));
        assertTrue(schema.contains("website") && schema.contains("blurb"), schema);
    }

    @Test
    void withoutAFinishedDesignNothingStartsAndNothingIsWritten() throws Exception {
        Path out = work.resolve("empty");
        Files.createDirectories(out);
        CliRun run = update(out, "");
        assertEquals(2, run.exitCode(), run.toString());
        // over stdio the failure is an error envelope on stdout
        assertTrue(
                run.out().contains("\"code\":\"NO_RUN\"")
                        && run.out().contains("There is no finished db-schema run in"),
                run.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void anUpdateTakesNoIntakeAndNoReplay() throws Exception {
        Path out = bookshop();
        CliRun withIntake = CliRun.withInput(
                "", "run", "--update", "--transport", "stdio", "--out", out.toString(), "--intake", "a zoo");
        assertEquals(2, withIntake.exitCode(), withIntake.toString());
        CliRun replayed =
                CliRun.of("run", "--update", "--replay", Bookshop.TRANSCRIPT.toString(), "--out", out.toString());
        assertEquals(2, replayed.exitCode(), replayed.toString());
        assertFalse(Files.exists(out.resolve(".kei/update")));
    }
}
