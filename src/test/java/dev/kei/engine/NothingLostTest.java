package dev.kei.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A db-schema run never replaces a file kei did not write in this run, and never reads, writes or chmods through a
 * symbolic link in its output folder: it stops with exit 2 and FILE_EXISTS, naming the file, and the user's file
 * (or the link's target) is byte for byte and mode for mode what it was. A re-run of the same answers into the same
 * folder still works: the files it would write hold exactly those bytes.
 */
class NothingLostTest {
    static final String TRANSCRIPT = "examples/bookshop.transcript.json";

    @TempDir
    Path work;

    CliRun replay(Path out) {
        return CliRun.of("run", "skill/SKILL.md", "--replay", TRANSCRIPT, "--out", out.toString());
    }

    @Test
    void aSchemaFileTheUserWroteIsNotOverwritten() throws Exception {
        Path out = work.resolve("app");
        Files.createDirectories(out.resolve("db"));
        Files.writeString(out.resolve("db/schema.sql"), "-- my hand-written schema\n");

        CliRun run = replay(out);

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"code\":\"FILE_EXISTS\"") || run.err().contains("FILE_EXISTS"), run.toString());
        assertTrue((run.out() + run.err()).contains("db/schema.sql already exists"), run.toString());
        assertEquals("-- my hand-written schema\n", Files.readString(out.resolve("db/schema.sql")));
    }

    @Test
    void theSameAnswersReplayedIntoTheSameFolderStillFinish() throws Exception {
        Path out = work.resolve("app");
        assertEquals(0, replay(out).exitCode());
        String schema = Files.readString(out.resolve("db/schema.sql"));

        CliRun again = replay(out);

        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(schema, Files.readString(out.resolve("db/schema.sql")));
    }

    @Test
    void aSecretsFileLinkedElsewhereIsNeitherFollowedNorChmodded() throws Exception {
        Path out = work.resolve("app");
        Path elsewhere = work.resolve("elsewhere.env");
        Files.writeString(elsewhere, "keep me\n");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(out.resolve("secrets"));
        Files.createSymbolicLink(out.resolve("secrets/db.env"), elsewhere);

        CliRun run = replay(out);

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue((run.out() + run.err()).contains("is a symbolic link"), run.toString());
        assertEquals("keep me\n", Files.readString(elsewhere));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere)));
    }

    @Test
    void aSecretsFolderLinkedElsewhereIsNotWrittenInto() throws Exception {
        Path out = work.resolve("app");
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("secrets"), elsewhere);

        CliRun run = replay(out);

        assertEquals(2, run.exitCode(), run.toString());
        assertFalse(Files.exists(elsewhere.resolve("db.env")));
    }
}
