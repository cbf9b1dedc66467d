package dev.kei.engine;

import java.io.IOException;

/**
 * A generator was about to replace a file kei did not write in this run, or to write through a symbolic link. kei
 * refuses both, before a byte changes: the file is the user's, and a link could point anywhere outside the output
 * folder. The run stops with exit 2 and the state unchanged, so the answer can be sent again once the file is moved.
 */
public final class ForeignFileException extends IOException {
    private final String path;

    ForeignFileException(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The path, relative to the output folder. */
    public String path() {
        return path;
    }
}
