package dev.kei.install;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A skill as a standalone Agent Skills folder, not yet written: its name (the folder's) and every file's bytes by its
 * path inside the folder ({@code SKILL.md}, {@code phases/...}, reference blocks, {@code templates/...}).
 *
 * @param name the skill's front-matter name, which is also the folder's name
 * @param files each file's bytes by its path inside the folder, sorted so the folder is written in one order
 */
public record SkillFolder(String name, SortedMap<String, byte[]> files) {
    public SkillFolder {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }
}
