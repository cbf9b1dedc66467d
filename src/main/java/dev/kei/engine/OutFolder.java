package dev.kei.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a run writes its files: the folder given, else the one its state records, so every step-mode call writes
 * where the run started whatever its working directory. A state written before states recorded their folder
 * falls back to the folder holding its {@code .kei/}, else the current directory (the old behaviour).
 */
final class OutFolder {
    private OutFolder() {}

    /** The folder for a run with {@code given} (null: not given) and the state {@code file} holds. */
    static Path of(Path given, Optional<State> stored, Path file) {
        if (given != null) {
            return given;
        }
        if (stored.isPresent() && stored.get().out() != null) {
            return Path.of(stored.get().out());
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        if (stored.isPresent()
                && dir != null
                && dir.getFileName() != null
                && dir.getFileName().toString().equals(".kei")
                && dir.getParent() != null) {
            return dir.getParent();
        }
        return Path.of("").toAbsolutePath();
    }
}
