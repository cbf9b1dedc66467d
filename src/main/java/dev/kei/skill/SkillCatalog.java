package dev.kei.skill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a skill's hub by name: {@code skill/SKILL.md} under kei's home holds the default skill, and
 * {@code skills/<name>/SKILL.md} any other; a path to a hub file or its folder is taken as it is.
 */
public final class SkillCatalog {
    public static final String DEFAULT_SKILL = "db-schema";

    private final Path home;

    public SkillCatalog(Path home) {
        this.home = home;
    }

    /** Kei's home: {@code -Dkei.home}, else {@code KEI_HOME}, else the working directory. */
    public static SkillCatalog fromEnvironment() {
        String home = System.getProperty("kei.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("KEI_HOME");
        }
        return new SkillCatalog(Path.of(home == null || home.isBlank() ? "." : home)
                .toAbsolutePath()
                .normalize());
    }

    /** The hub for {@code nameOrPath}, or empty when there is none. */
    public Optional<Path> hub(String nameOrPath) {
        if (isPath(nameOrPath)) {
            Path p = Path.of(nameOrPath);
            Path hub = Files.isDirectory(p) ? p.resolve("SKILL.md") : p;
            return Files.isRegularFile(hub) ? Optional.of(hub.toAbsolutePath().normalize()) : Optional.empty();
        }
        for (Path candidate : List.of(
                home.resolve("skills").resolve(nameOrPath).resolve("SKILL.md"), home.resolve("skill/SKILL.md"))) {
            if (Files.isRegularFile(candidate) && nameOrPath.equals(hubName(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether SKILL was given as a path to a hub (or its folder) rather than a name. */
    public static boolean isPath(String nameOrPath) {
        return nameOrPath.contains("/") || nameOrPath.endsWith(".md");
    }

    /** The names of the skills this home holds, for "Did you mean". */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        Optional.ofNullable(hubName(home.resolve("skill/SKILL.md"))).ifPresent(names::add);
        try (var dirs = Files.list(home.resolve("skills"))) {
            dirs.map(d -> hubName(d.resolve("SKILL.md")))
                    .filter(n -> n != null)
                    .sorted()
                    .forEach(names::add);
        } catch (java.io.IOException e) {
            // no skills/ folder: only the default skill
        }
        return names;
    }

    public Path home() {
        return home;
    }

    /**
     * The hub's front-matter name, read with a plain loop because this runs on every step-mode call and must not
     * load a YAML parser; it finds what {@link FrontMatter#read} finds (FrontMatterAgreementTest), else null.
     */
    static String hubName(Path hub) {
        if (!Files.isRegularFile(hub)) {
            return null;
        }
        try (java.io.BufferedReader r = Files.newBufferedReader(hub)) {
            String line = r.readLine();
            if (line == null || !line.equals("---")) {
                return null;
            }
            String name = null;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("---")) {
                    return name;
                }
                if (line.startsWith("name:")) {
                    name = plainValue(line.substring(5));
                }
            }
            return null;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** A one-line YAML value: a trailing comment dropped, one pair of quotes taken off. */
    private static String plainValue(String raw) {
        int comment = raw.indexOf(" #");
        String value = (comment < 0 ? raw : raw.substring(0, comment)).strip();
        boolean quoted = value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
