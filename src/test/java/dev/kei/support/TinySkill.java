package dev.kei.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the engine's test skill lives. */
public final class TinySkill {
    public static final String HUB = Path.of("src/test/resources/skills/tiny/skill/SKILL.md")
            .toAbsolutePath()
            .toString();
    public static final String CLOCK = "2026-11-21T10:00:00Z";
    public static final String INTAKE = "a rainy evening";

    /** Answers that take a run from the first question to the skill's end. */
    public static final java.util.List<String> TO_THE_END = java.util.List.of(
            "{\"answers\":{\"sauce\":\"Tomato\",\"size\":\"Large\"}}",
            "{\"answers\":{\"toppings\":[\"Cheese\"]}}",
            "{\"answers\":{\"name\":\"Yes\"}}");

    private TinySkill() {}

    /** A copy of the tiny skill in {@code dir}, for a test that edits its files; the copy's hub path returned. */
    public static String copyTo(Path dir) throws IOException {
        Path root = Path.of(HUB).getParent().getParent();
        for (Path p : Files.walk(root).toList()) {
            Path target = dir.resolve(root.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
        return dir.resolve("skill/SKILL.md").toString();
    }
}
