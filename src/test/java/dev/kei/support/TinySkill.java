package dev.kei.support;

import java.nio.file.Path;

/** Where the engine's test skill lives. */
public final class TinySkill {
    public static final String HUB = Path.of("src/test/resources/skills/tiny/skill/SKILL.md")
            .toAbsolutePath()
            .toString();
    public static final String CLOCK = "2026-11-21T10:00:00Z";
    public static final String INTAKE = "a rainy evening";

    private TinySkill() {}
}
