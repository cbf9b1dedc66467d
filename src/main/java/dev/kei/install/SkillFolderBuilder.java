package dev.kei.install;

import dev.kei.skill.FrontMatter;
import dev.kei.skill.SkillFiles;
import dev.kei.skill.SkillFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds a skill's standalone folder from its repository files, the same bytes for the same files and launcher: the
 * hub becomes {@code SKILL.md} (front matter as it is, a section on driving it with kei's launcher added), its phase
 * files go to {@code phases/}, every file the hub or a phase links to (reference blocks) keeps its place relative to
 * the hub, templates go to {@code templates/}, and each link is rewritten to point inside the folder.
 */
public final class SkillFolderBuilder {
    /** The front-matter fields the Agent Skills specification allows (skills-ref refuses any other). */
    static final Set<String> ALLOWED_FIELDS =
            Set.of("name", "description", "license", "allowed-tools", "metadata", "compatibility");

    /** The specification's name: 1-64 lowercase letters, digits and single hyphens, no hyphen at either end. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path launcher;

    /** A builder whose installed hubs name {@code launcher} (kei's {@code bin/kei-skill}, absolute). */
    public SkillFolderBuilder(Path launcher) {
        this.launcher = launcher.toAbsolutePath().normalize();
    }

    /** The folder for the skill whose hub is {@code hub}; a malformed skill is a {@link SkillFormatException}. */
    public SkillFolder build(Path hub) {
        Path hubFile = hub.toAbsolutePath().normalize();
        Path root = hubFile.getParent();
        SkillFiles files = SkillFiles.read(hubFile);
        FrontMatter front = FrontMatter.read(hubFile, files.hubText());
        checkFrontMatter(hubFile, files.hubText(), front.name(), front.description());

        Map<Path, String> places = new LinkedHashMap<>();
        places.put(hubFile, "SKILL.md");
        for (Path phase : files.phases().keySet()) {
            String place = "phases/" + phase.getFileName();
            if (places.containsValue(place)) {
                throw new SkillFormatException(hubFile, 0, "two phase files are named " + phase.getFileName());
            }
            places.put(phase, place);
        }
        Deque<Path> toRead = new ArrayDeque<>(places.keySet());
        Map<Path, String> texts = new LinkedHashMap<>();
        while (!toRead.isEmpty()) {
            Path source = toRead.removeFirst();
            String text = read(source);
            texts.put(source, text);
            for (String link : LinkRewriter.targets(text)) {
                Path target = source.getParent().resolve(link).normalize();
                if (places.containsKey(target)) {
                    continue;
                }
                if (!Files.isRegularFile(target) || !target.startsWith(root)) {
                    throw new SkillFormatException(
                            source,
                            0,
                            "the link " + link + " names "
                                    + (Files.isRegularFile(target) ? "a file outside" : "no file in")
                                    + " the skill's folder " + root + ", so an installed copy could not hold it");
                }
                places.put(target, root.relativize(target).toString().replace('\\', '/'));
                if (link.endsWith(".md")) {
                    toRead.addLast(target);
                }
            }
        }

        TreeMap<String, byte[]> out = new TreeMap<>();
        files.contents().forEach((name, bytes) -> {
            if (name.startsWith("templates/")) {
                out.put(name, bytes);
            }
        });
        for (Map.Entry<Path, String> place : places.entrySet()) {
            Path source = place.getKey();
            String text = texts.get(source);
            if (text == null) {
                out.put(place.getValue(), readBytes(source));
                continue;
            }
            String rewritten = LinkRewriter.rewrite(
                    text,
                    link -> relative(
                            place.getValue(),
                            places.get(source.getParent().resolve(link).normalize())));
            if (source.equals(hubFile)) {
                rewritten = withLauncherSection(rewritten, front.name(), root);
            }
            out.put(place.getValue(), rewritten.getBytes(StandardCharsets.UTF_8));
        }
        return new SkillFolder(front.name(), out);
    }

    /** Only the fields the specification allows, and a name that can be a folder's: else skills-ref would refuse it. */
    private static void checkFrontMatter(Path hub, String text, String name, String description) {
        if (name == null || name.length() > 64 || !NAME.matcher(name).matches()) {
            throw new SkillFormatException(
                    hub, 2, "the name '" + name + "' is not 1-64 lowercase letters, digits and single hyphens");
        }
        if (description == null || description.isBlank() || description.length() > 1024) {
            throw new SkillFormatException(hub, 3, "the description must hold 1 to 1024 characters");
        }
        String[] lines = text.split("\n");
        for (int n = 1; n < lines.length && !lines[n].startsWith("---"); n++) {
            String line = lines[n];
            int colon = line.indexOf(':');
            boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#';
            if (topLevel
                    && colon > 0
                    && !ALLOWED_FIELDS.contains(line.substring(0, colon).strip())) {
                throw new SkillFormatException(
                        hub,
                        n + 1,
                        "the front-matter field '" + line.substring(0, colon).strip()
                                + "' is not one the Agent Skills specification allows ("
                                + String.join(", ", new java.util.TreeSet<>(ALLOWED_FIELDS)) + ")");
            }
        }
    }

    /** The path from the folder of {@code from} to {@code to}, both relative to the installed skill's folder. */
    static String relative(String from, String to) {
        Path dir = Path.of(from).getParent();
        return (dir == null ? Path.of(to) : dir.relativize(Path.of(to)))
                .toString()
                .replace('\\', '/');
    }

    /** The hub with a section, before its first {@code ##} heading, on driving the skill with kei's launcher. */
    private String withLauncherSection(String hub, String name, Path root) {
        String kei = launcher.toString();
        String section = "## Installed by kei\n\n"
                + "`kei-skill install` wrote this folder from " + root + "; do not edit it, install again to refresh"
                + " it.\nkei's launcher is `" + kei + "`: where this file says `bin/kei-skill`, run that. From the"
                + " project's folder:\n\n"
                + "```bash\n"
                + kei + " next " + name + " --intake \"what the person asked for\"   # prints an ask envelope\n"
                + kei + " answer --json '{\"answers\":{...}}'   # the answers to it; prints the next envelope\n"
                + "```\n\n"
                + "Show each envelope's `payload` with your AskUserQuestion tool and hand the answers to `answer`,"
                + " until an\nenvelope of type `done` arrives; an `error` envelope names the question and what was"
                + " wrong. Without the\nlauncher, follow the phases by hand as \"How to run it\" says: the phase"
                + " files and reference blocks are in\nthis folder.\n\n";
        int at = hub.startsWith("---\n") ? hub.indexOf("\n---", 3) : 0;
        int heading = hub.indexOf("\n## ", Math.max(at, 0));
        return heading < 0
                ? hub + "\n" + section.stripTrailing() + "\n"
                : hub.substring(0, heading + 1) + section + hub.substring(heading + 1);
    }

    private static String read(Path file) {
        return new String(readBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SkillFormatException(file, 0, "cannot read: " + e.getMessage());
        }
    }
}
