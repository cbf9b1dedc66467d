package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL's programs are extracted into a folder only the user can write ({@code
 * $XDG_CACHE_HOME/kei/postgres}, mode 700), never into a shared temporary folder another local user could plant an
 * {@code initdb} in: a folder that exists with looser permissions, another owner or as a symlink is refused (exit 2)
 * before anything runs. Each case is a kei-migrate JVM of its own with its own {@code XDG_CACHE_HOME}.
 */
@Tag("slow")
class PrivateBinariesFolderTest {
    @TempDir
    Path work;

    record Child(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code kei-migrate --dir m status} in {@code work}, with no URL (the embedded server) and this cache folder. */
    private Child status(Path cache) throws Exception {
        Files.createDirectories(work.resolve("m"));
        ProcessBuilder pb = MigrateJvm.process("--dir", "m", "status")
                .directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile());
        pb.environment().remove("DATABASE_URL");
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "kei-migrate did not end");
        return new Child(
                p.exitValue(),
                Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static void assertRefused(Child child, Path folder) {
        assertEquals(2, child.exit(), child.toString());
        assertTrue(child.err().contains(folder.toString()), child.toString());
        assertTrue(child.err().contains("not private"), child.toString());
        assertFalse(child.err().contains("Exception"), child.toString());
    }

    @Test
    void aWorldWritableBinariesFolderIsRefused() throws Exception {
        Path cache = work.resolve("cache");
        Path folder = Files.createDirectories(cache.resolve("kei/postgres"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertRefused(status(cache), folder);
        try (Stream<Path> inside = Files.list(folder)) {
            assertEquals(List.of(), inside.toList(), "nothing may be extracted into it");
        }
        assertFalse(Files.exists(work.resolve(".kei/postgres/PG_VERSION")), "no server may have been set up");
    }

    /**
     * The library opens the folder to all on every start; a second kei-migrate starting meanwhile (a suite run on a
     * busy machine did) saw mode 722 and refused. Behind kei's own 700 parent no other user can have been inside.
     */
    @Test
    void aFolderTheLibraryOpenedBehindAPrivateParentIsClosedAgainNotRefused() throws Exception {
        Path parent = Files.createDirectories(work.resolve("cache/kei"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
        Path folder = Files.createDirectories(parent.resolve("postgres"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx-w--w-"));

        assertEquals(folder, PostgresBinaries.prepare(folder));

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void aSymlinkedBinariesFolderIsRefused() throws Exception {
        Path cache = work.resolve("cache");
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwx------"));
        Files.createDirectories(cache.resolve("kei"));
        Path folder = Files.createSymbolicLink(cache.resolve("kei/postgres"), elsewhere);
        assertRefused(status(cache), folder);
    }

    @Test
    void aBinariesFolderOfAnotherOwnerIsRefused() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a folder away");
        Path cache = work.resolve("cache");
        Path folder = Files.createDirectories(cache.resolve("kei/postgres"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        UserPrincipal nobody =
                folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(folder, nobody);
        assertRefused(status(cache), folder);
    }

    @Test
    void aProgramOfAnotherOwnerInsideTheFolderIsRefused() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file away");
        Path cache = work.resolve("cache");
        Path folder = Files.createDirectories(cache.resolve("kei/postgres"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Path initdb = Files.createDirectories(folder.resolve("PG-x/bin")).resolve("initdb");
        Files.writeString(initdb, "#!/bin/sh\n");
        Files.setOwner(
                initdb, initdb.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        Child child = status(cache);
        assertRefused(child, folder);
        assertTrue(child.err().contains("PG-x/bin/initdb"), child.toString());
    }

    @Test
    void aFreshBinariesFolderIsCreatedPrivateAndHoldsWhatRuns() throws Exception {
        Path cache = work.resolve("cache");
        Child child = status(cache);
        assertEquals(0, child.exit(), child.toString());
        Path folder = cache.resolve("kei/postgres");
        assertEquals(
                PosixFilePermissions.fromString("rwx------"),
                Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS));
        UserPrincipal me = Files.getOwner(work);
        try (Stream<Path> tree = Files.walk(folder)) {
            List<Path> all = tree.toList();
            assertTrue(
                    all.stream().anyMatch(p -> p.endsWith("bin/initdb")),
                    "initdb was extracted elsewhere: " + all.size() + " entries in " + folder);
            for (Path p : all) {
                assertEquals(me, Files.getOwner(p, LinkOption.NOFOLLOW_LINKS), p.toString());
                if (!Files.isSymbolicLink(p)) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                    assertFalse(perms.contains(PosixFilePermission.GROUP_WRITE), p.toString());
                    assertFalse(perms.contains(PosixFilePermission.OTHERS_WRITE), p.toString());
                }
            }
        }
    }

    @Test
    void theFolderIsTheUsersCacheAndAnUnusableXdgCacheHomeIsIgnored() {
        assertEquals(
                Path.of("/c/kei/postgres"), PostgresBinaries.folder(java.util.Map.of("XDG_CACHE_HOME", "/c"), "/h"));
        assertEquals(
                Path.of("/h/.cache/kei/postgres"),
                PostgresBinaries.folder(java.util.Map.of("XDG_CACHE_HOME", "rel"), "/h"));
        assertEquals(Path.of("/h/.cache/kei/postgres"), PostgresBinaries.folder(java.util.Map.of(), "/h"));
    }
}
