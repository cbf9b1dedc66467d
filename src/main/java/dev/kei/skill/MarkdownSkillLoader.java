package dev.kei.skill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a skill from its hub file: front matter ({@code name}, {@code description}) and, under the hub's
 * {@code ## Phases} heading, the links to the phase files in the order they run.
 */
public final class MarkdownSkillLoader {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+\\.md)\\)");

    private MarkdownSkillLoader() {}

    /** Loads the skill whose hub is {@code hub}; throws {@link SkillFormatException} on a malformed file. */
    public static Skill load(Path hub) {
        String text = read(hub);
        FrontMatter front = FrontMatter.parse(hub, text);
        List<Path> phaseFiles = phaseLinks(hub, text);
        List<Phase> phases = new ArrayList<>();
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put("SKILL.md", text.getBytes(StandardCharsets.UTF_8));
        for (Path file : phaseFiles) {
            String phaseText = read(file);
            phases.add(PhaseFileReader.read(file, phaseText));
            files.put("phases/" + file.getFileName(), phaseText.getBytes(StandardCharsets.UTF_8));
        }
        addTemplates(hub.getParent(), files);
        checkSteps(hub, phases);
        return new Skill(front.name(), front.description(), hub.toAbsolutePath().normalize(), phases, digest(files));
    }

    private static List<Path> phaseLinks(Path hub, String text) {
        List<Path> files = new ArrayList<>();
        boolean inPhases = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("## ")) {
                inPhases = line.substring(3).strip().equalsIgnoreCase("Phases");
                continue;
            }
            if (!inPhases) {
                continue;
            }
            Matcher m = LINK.matcher(line);
            if (m.find()) {
                Path file = hub.getParent().resolve(m.group(1)).normalize();
                if (!Files.isRegularFile(file)) {
                    throw new SkillFormatException(hub, 0, "the phase file " + m.group(1) + " does not exist");
                }
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            throw new SkillFormatException(hub, 0, "the hub lists no phase files under a '## Phases' heading");
        }
        return files;
    }

    private static void checkSteps(Path hub, List<Phase> phases) {
        Set<String> ids = new HashSet<>();
        for (Phase phase : phases) {
            for (Step step : phase.steps()) {
                if (!ids.add(step.id())) {
                    throw new SkillFormatException(hub, 0, "step " + step.id() + " is defined twice");
                }
            }
        }
        for (Phase phase : phases) {
            for (Step step : phase.steps()) {
                for (Step.Jump jump : step.jumps()) {
                    if (!ids.contains(jump.target())) {
                        throw new SkillFormatException(
                                hub,
                                0,
                                "step " + step.id() + " goes to step " + jump.target() + ", which no phase defines");
                    }
                }
            }
        }
    }

    /** Templates change what the skill writes, so they belong to its digest. */
    private static void addTemplates(Path root, TreeMap<String, byte[]> files) {
        Path templates = root.resolve("templates");
        if (!Files.isDirectory(templates)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(TreeMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
                sha.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new SkillFormatException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    /** The hub's {@code ---} delimited front matter, the two keys Agent Skills define. */
    private record FrontMatter(String name, String description) {
        static FrontMatter parse(Path hub, String text) {
            if (!text.startsWith("---\n")) {
                throw new SkillFormatException(hub, 1, "the hub starts with front matter: ---, name:, description:");
            }
            int end = text.indexOf("\n---", 4);
            if (end < 0) {
                throw new SkillFormatException(hub, 1, "the front matter is never closed with ---");
            }
            String name = null;
            String description = null;
            for (String line : text.substring(4, end).split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String value = line.substring(colon + 1).strip();
                switch (line.substring(0, colon).strip()) {
                    case "name" -> name = value;
                    case "description" -> description = value;
                    default -> {}
                }
            }
            if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*") || description == null) {
                throw new SkillFormatException(
                        hub, 1, "front matter needs name (lower-case-with-hyphens) and description");
            }
            return new FrontMatter(name, description);
        }
    }
}
