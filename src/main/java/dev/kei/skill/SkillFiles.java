package dev.kei.skill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a skill is made of, read but not yet interpreted: the hub, the phase files it lists under
 * {@code ## Phases} (in order) and the templates beside it; and their digest. Cheap on purpose: step mode checks
 * the digest of a resumed state on every call.
 *
 * @param hubText the hub's text
 * @param phases each phase file's text, in the order the hub lists them
 * @param contents every file's bytes by its name within the skill, templates included
 */
public record SkillFiles(String hubText, Map<Path, String> phases, java.util.SortedMap<String, byte[]> contents) {
    /** Reads the skill whose hub is {@code hub}; a missing phase file is a {@link SkillFormatException}. */
    public static SkillFiles read(Path hub) {
        String text = read(hub, hub);
        Map<Path, String> phases = new LinkedHashMap<>();
        TreeMap<String, byte[]> all = new TreeMap<>();
        all.put("SKILL.md", text.getBytes(StandardCharsets.UTF_8));
        for (Path file : phaseLinks(hub, text)) {
            String phaseText = read(hub, file);
            phases.put(file, phaseText);
            all.put("phases/" + file.getFileName(), phaseText.getBytes(StandardCharsets.UTF_8));
        }
        addTemplates(hub.toAbsolutePath().getParent(), all);
        return new SkillFiles(text, phases, all);
    }

    private static java.util.List<Path> phaseLinks(Path hub, String text) {
        java.util.List<Path> files = new java.util.ArrayList<>();
        boolean inPhases = false;
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.startsWith("## ")) {
                inPhases = line.substring(3).strip().equalsIgnoreCase("Phases");
                continue;
            }
            String link = inPhases ? markdownLink(line) : null;
            if (link != null) {
                Path file = hub.toAbsolutePath().getParent().resolve(link).normalize();
                if (!Files.isRegularFile(file)) {
                    throw new SkillFormatException(hub, n + 1, "the phase file " + link + " does not exist");
                }
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            throw new SkillFormatException(hub, 0, "the hub lists no phase files under a '## Phases' heading");
        }
        return files;
    }

    /** The target of the first {@code [text](file.md)} link on the line (no regex: this runs on every step call). */
    private static String markdownLink(String line) {
        int open = line.indexOf("](");
        if (open < 0) {
            return null;
        }
        int close = line.indexOf(')', open + 2);
        String target = close < 0 ? "" : line.substring(open + 2, close);
        if (!target.endsWith(".md") || target.indexOf(' ') >= 0 || target.indexOf('\t') >= 0) {
            return null;
        }
        return target;
    }

    /** Templates change what the skill writes, so they belong to its digest (a plain walk: no streams at start-up). */
    private static void addTemplates(Path root, TreeMap<String, byte[]> files) {
        Path templates = root.resolve("templates");
        if (Files.isDirectory(templates)) {
            try {
                addTree(root, templates, files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void addTree(Path root, Path dir, TreeMap<String, byte[]> files) throws IOException {
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isDirectory(p)) {
                    addTree(root, p, files);
                } else if (Files.isRegularFile(p)) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
    }

    /** SHA-256 over every file, names included ({@code sha256:<hex>}): what a state records of its skill. */
    public String digest() {
        return digest(contents);
    }

    /**
     * CRC-32C over the same bytes: a change detector for the step-mode fast path, which must not pay for the
     * security providers that {@link MessageDigest} loads.
     */
    public String checksum() {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            crc.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            crc.update(file.getValue());
            crc.update(0);
        }
        return "crc32c:" + Long.toHexString(crc.getValue());
    }

    private static String digest(java.util.SortedMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue());
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path hub, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new SkillFormatException(file, 0, "cannot read: " + e.getMessage());
        }
    }
}
