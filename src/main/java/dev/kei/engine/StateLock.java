package dev.kei.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Serialises the calls on one state file: a lock on {@code <state>.lock} beside it, held for a whole call, so that
 * of two calls at once the second stops (STATE_CHANGED) before it reads the state or writes a file. Where no lock
 * can be taken (no folder yet, a read-only folder, a link in its place) the call goes on unlocked and the state
 * store's compare-and-swap still keeps a racing write from overwriting another's.
 */
public final class StateLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code stateFile}. */
    public static Path of(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".lock");
    }

    /** Takes the lock of {@code stateFile}, or refuses with STATE_CHANGED when another call holds it. */
    public static StateLock acquire(Path stateFile) throws RunException {
        Path file = of(stateFile.toAbsolutePath().normalize());
        if (!Files.isDirectory(file.getParent())) {
            return new StateLock(null, null); // no state can exist yet; a racing first write is caught at save
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return new StateLock(null, null);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new StateLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // another call in this JVM holds it
        } catch (IOException e) {
            close(channel);
            return new StateLock(null, null);
        }
        close(channel);
        throw StateStore.changed(stateFile);
    }

    @Override
    public void close() {
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel releases it too
            }
        }
        if (channel != null) {
            close(channel);
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
