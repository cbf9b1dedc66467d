package dev.kei.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader, or a process killed at any instant, sees either the old content or the new,
 * never a torn one: write a temporary file beside the target, force it to disk, rename it over the target.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> NORMAL = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {}

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8), null);
    }

    /**
     * Writes {@code bytes}; with {@code permissions}, the file never exists with wider ones, even briefly. The
     * temporary file has a fixed name beside the target, so a process killed mid-write leaves at most one stray
     * {@code .<name>.kei-tmp}, which the next write of the same file reuses.
     */
    public static void write(Path target, byte[] bytes, Set<PosixFilePermission> permissions) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".kei-tmp");
        try (FileChannel ch = FileChannel.open(
                tmp,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(permissions != null ? permissions : NORMAL))) {
            // a stray file from a killed run keeps its old mode: set it before any byte lands
            Files.setPosixFilePermissions(tmp, permissions != null ? permissions : NORMAL);
            ch.truncate(0);
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        // the rename itself survives a power cut only once the directory is on disk too
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory; the rename is still atomic for every reader
        }
    }
}
