package dev.kei.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A skill copied into a test's folder (hub under {@code skill/}, phases under {@code phases/}), to edit freely. */
public record SkillCopy(Path root) {

    /** The tiny test skill, copied into {@code dir}. */
    public static SkillCopy tiny(Path dir) throws IOException {
        copyTree(Path.of(TinySkill.HUB).getParent().getParent(), dir);
        return new SkillCopy(dir);
    }

    /** The shipped db-schema skill ({@code skill/} and {@code phases/}), copied into {@code dir}. */
    public static SkillCopy dbSchema(Path dir) throws IOException {
        copyTree(Path.of("skill"), dir.resolve("skill"));
        copyTree(Path.of("phases"), dir.resolve("phases"));
        return new SkillCopy(dir);
    }

    public Path hub() {
        return root.resolve("skill/SKILL.md");
    }

    /** Replaces every {@code from} in the phase file {@code phaseFile} (which must hold it) with {@code to}. */
    public void edit(String phaseFile, String from, String to) throws IOException {
        Path file = root.resolve("phases").resolve(phaseFile);
        String text = Files.readString(file);
        assertTrue(text.contains(from), phaseFile + " holds no " + from);
        Files.writeString(file, text.replace(from, to));
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
