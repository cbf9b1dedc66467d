package dev.kei.skill;

import java.nio.file.Path;

/** A skill file that the runtime cannot read: names the file and line so the author can fix it. */
public final class SkillFormatException extends RuntimeException {
    public SkillFormatException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
