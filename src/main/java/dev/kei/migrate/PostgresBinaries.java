package dev.kei.migrate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Where the embedded PostgreSQL's programs are extracted and run from: a folder only this user can write, {@code
 * $XDG_CACHE_HOME/kei/postgres} or {@code ~/.cache/kei/postgres}, created with mode 700. The library's default is a
 * shared temporary folder ({@code java.io.tmpdir/embedded-pg}) where another local user could plant an {@code
 * initdb}. Before every start the folder must be the user's own, not a symlink and closed to everyone else (else
 * exit 2), its parent no one else's to write, and everything inside it the user's; group and world write bits the
 * library sets inside it are taken away again.
 */
public final class PostgresBinaries {
    /** The library's own scratch folder (stale data folders): the private folder too, never the shared default. */
    private static final String WORKING_DIR_PROPERTY = "ot.epg.working-dir";

    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private PostgresBinaries() {}

    /** The user's folder for the programs: {@code $XDG_CACHE_HOME/kei/postgres}, else {@code ~/.cache/kei/postgres}. */
    public static Path folder() {
        return folder(System.getenv(), System.getProperty("user.home"));
    }

    static Path folder(Map<String, String> env, String home) {
        String cache = env.get("XDG_CACHE_HOME");
        Path base =
                cache != null && !cache.isBlank() && Path.of(cache).isAbsolute() // the XDG spec ignores a relative one
                        ? Path.of(cache)
                        : Path.of(home, ".cache");
        return base.resolve("kei").resolve("postgres");
    }

    /** Starts a server whose programs run from the checked private folder; {@code setup} sets its data folder etc. */
    public static EmbeddedPostgres start(UnaryOperator<EmbeddedPostgres.Builder> setup)
            throws IOException, MigrateException {
        return start(prepare(folder()), setup);
    }

    /** Starts a server whose programs run from {@code folder}, which {@link #prepare} has just checked. */
    static EmbeddedPostgres start(Path folder, UnaryOperator<EmbeddedPostgres.Builder> setup) throws IOException {
        synchronized (PostgresBinaries.class) {
            System.setProperty(WORKING_DIR_PROPERTY, folder.toString()); // read when a builder is made
        }
        EmbeddedPostgres pg = setup.apply(EmbeddedPostgres.builder().setOverrideWorkingDirectory(folder.toFile()))
                .start();
        closeToOthers(folder, Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS)); // the library opens its folder to all
        return pg;
    }

    /** Creates {@code folder} (mode 700) or checks the one there; refuses one that is not private. */
    static Path prepare(Path folder) throws IOException, MigrateException {
        UserPrincipal me = currentUser();
        Path parent = folder.getParent();
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent, PRIVATE);
        }
        BasicFileAttributes parentAttributes = Files.readAttributes(parent, BasicFileAttributes.class);
        if (!parentAttributes.isDirectory()) {
            throw notPrivate(parent, "it is not a folder");
        }
        Set<PosixFilePermission> parentPerms = Files.getPosixFilePermissions(parent);
        if (!Files.getOwner(parent).equals(me)) {
            throw notPrivate(parent, "it belongs to " + Files.getOwner(parent).getName() + ", not " + me.getName());
        }
        if (parentPerms.contains(PosixFilePermission.GROUP_WRITE)
                || parentPerms.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw notPrivate(parent, "other users can write it (mode " + mode(parentPerms) + ")");
        }
        try {
            Files.createDirectory(folder, PRIVATE);
        } catch (FileAlreadyExistsException exists) {
            // checked below, whoever made it
        }
        if (Files.isSymbolicLink(folder)) {
            throw notPrivate(folder, "it is a symbolic link");
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw notPrivate(folder, "it is not a folder");
        }
        UserPrincipal owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS);
        if (!owner.equals(me)) {
            throw notPrivate(folder, "it belongs to " + owner.getName() + ", not " + me.getName());
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> ownerOnly = EnumSet.of(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        if (!perms.equals(ownerOnly)) {
            // The library opens the folder to all on every start (a concurrent kei-migrate may be starting one right
            // now). Behind a parent nobody else may enter, no other user can have been inside: close it again.
            // Behind an open parent, anyone might have planted a program while it was open: refuse.
            if (!parentPerms.equals(ownerOnly)) {
                throw notPrivate(folder, "its mode is " + mode(perms) + ", not 700");
            }
            Files.setPosixFilePermissions(folder, ownerOnly);
        }
        Path stranger = closeToOthers(folder, me);
        if (stranger != null) {
            throw notPrivate(folder, folder.relativize(stranger) + " inside it belongs to another user");
        }
        return folder;
    }

    /**
     * Takes group and world write away from everything under {@code folder} (no link is followed); returns the first
     * entry {@code me} does not own, or null.
     */
    private static Path closeToOthers(Path folder, UserPrincipal me) throws IOException {
        Path[] stranger = new Path[1];
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                return visit(dir);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                return visit(file);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // a lock file another kei-migrate just removed
                }
                throw e;
            }

            private FileVisitResult visit(Path p) throws IOException {
                try {
                    if (!Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).equals(me)) {
                        stranger[0] = p;
                        return FileVisitResult.TERMINATE;
                    }
                    if (!Files.isSymbolicLink(p)) {
                        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                        if (perms.remove(PosixFilePermission.GROUP_WRITE)
                                | perms.remove(PosixFilePermission.OTHERS_WRITE)) {
                            Files.setPosixFilePermissions(p, perms);
                        }
                    }
                } catch (NoSuchFileException gone) {
                    // removed meanwhile by another kei-migrate unpacking: nothing to check
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return stranger[0];
    }

    /** Who this process runs as: the owner of a file it creates. */
    private static UserPrincipal currentUser() throws IOException {
        Path probe = Files.createTempFile("kei-owner", null);
        try {
            return Files.getOwner(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static String mode(Set<PosixFilePermission> perms) {
        int mode = 0;
        for (PosixFilePermission p : perms) {
            mode |= 1 << (8 - p.ordinal());
        }
        return Integer.toOctalString(mode);
    }

    private static MigrateException notPrivate(Path folder, String why) {
        return MigrateException.usage(
                "The embedded PostgreSQL's programs would run from " + folder + ", which is not private: " + why
                        + ". Another local user could replace the programs kei runs.",
                "Remove it (kei creates it again, mode 700, and extracts the programs afresh) or set XDG_CACHE_HOME"
                        + " to a folder of your own, then run the command again.");
    }
}
