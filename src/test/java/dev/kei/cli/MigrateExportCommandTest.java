package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kei-migrate export} in-process: exit codes, stdout and stderr on good and bad input. */
class MigrateExportCommandTest {
    static final Path MIGRATIONS = Path.of("src/test/resources/export/migrations");

    @TempDir
    Path work;

    Path dir;

    @BeforeEach
    void copy() throws Exception {
        dir = work.resolve("migrations");
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(MIGRATIONS)) {
            for (Path p : s.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
    }

    @Test
    void anExportListsWhatItWroteAndNamesWhatTheToolCannotExpress() {
        Path out = work.resolve("goose");
        CliRun r = CliRun.migrate("--dir", dir.toString(), "export", "--to", "goose", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = r.lines();
        assertEquals(6, lines.size(), r.toString());
        assertEquals(out.resolve("20260101000000_create_users.sql").toString(), lines.get(0));
        assertEquals("Exported 5 migrations for goose into " + out + " (4 notes on stderr).", lines.get(5));
        assertTrue(
                r.err().contains("20260104000000_backfill_display_name: -- kei:backfill: goose does not batch"),
                r.err());
        assertTrue(r.err().contains("20260105000000_drop_users_legacy_code: -- kei:contract"), r.err());
        assertTrue(r.err().contains("20260105000000_drop_users_legacy_code: its down is marked IRREVERSIBLE"), r.err());
        assertTrue(Files.isRegularFile(out.resolve(".kei-export")));
    }

    @Test
    void aSecondExportReplacesTheFirst() throws Exception {
        Path out = work.resolve("out");
        assertEquals(
                0,
                CliRun.migrate("--dir", dir.toString(), "export", "--to", "flyway", "--out", out.toString())
                        .exitCode());
        CliRun r = CliRun.migrate("--dir", dir.toString(), "export", "--to", "dbmate", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(6, s.count(), "five dbmate files and the list, no Flyway file left");
        }
        assertFalse(Files.exists(out.resolve("V20260101000000__create_users.sql")));
    }

    @Test
    void anUnknownTargetIsRefused() {
        CliRun r = CliRun.migrate(
                "--dir",
                dir.toString(),
                "export",
                "--to",
                "liquibase",
                "--out",
                work.resolve("o").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("", r.out());
        assertEquals(
                "Unknown export target 'liquibase'.\nUse --to flyway | golang-migrate | goose | dbmate\n", r.err());
        assertFalse(Files.exists(work.resolve("o")));
    }

    @Test
    void anOutputInsideTheMigrationsFolderIsRefused() {
        CliRun r = CliRun.migrate(
                "--dir",
                dir.toString(),
                "export",
                "--to",
                "goose",
                "--out",
                dir.resolve("goose").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(
                r.err().startsWith("The output folder " + dir.resolve("goose") + " is inside the migrations"), r.err());
        assertFalse(Files.exists(dir.resolve("goose")));
        CliRun same = CliRun.migrate("--dir", dir.toString(), "export", "--to", "goose", "--out", dir.toString());
        assertEquals(2, same.exitCode(), same.toString());
    }

    @Test
    void aFolderNoExportWroteIsNotOverwritten() throws Exception {
        Path out = work.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("V1__init.sql"), "CREATE TABLE mine (id int);\n");
        CliRun r = CliRun.migrate("--dir", dir.toString(), "export", "--to", "flyway", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("is not empty and no kei-migrate export wrote it"), r.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aFileAddedToAnEarlierExportIsNotOverwritten() throws Exception {
        Path out = work.resolve("out");
        assertEquals(
                0,
                CliRun.migrate("--dir", dir.toString(), "export", "--to", "goose", "--out", out.toString())
                        .exitCode());
        Files.writeString(out.resolve("20270101000000_by_hand.sql"), "-- +goose Up\nSELECT 1;\n");
        CliRun r = CliRun.migrate("--dir", dir.toString(), "export", "--to", "goose", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(
                r.err().contains("holds 20270101000000_by_hand.sql, which the earlier export did not write"), r.err());
    }

    @Test
    void aMissingTargetIsAUsageError() {
        CliRun r = CliRun.migrate(
                "--dir", dir.toString(), "export", "--out", work.resolve("o").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--to"), r.err());
        assertTrue(r.err().contains("Run: kei-migrate export --help"), r.err());
    }

    @Test
    void aBadMigrationsFolderIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("bad name.sql"), "SELECT 1;\n");
        CliRun r = CliRun.migrate(
                "--dir",
                dir.toString(),
                "export",
                "--to",
                "goose",
                "--out",
                work.resolve("o").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("does not follow the naming convention"), r.err());
        assertFalse(Files.exists(work.resolve("o")));
    }
}
