package dev.kei.install;

import dev.kei.engine.WrittenFiles;
import dev.kei.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SkillFolder} to {@code <dir>/<name>/}, as safely as a skill's generators write into {@code --out}:
 * an existing file is replaced only when it holds the new bytes or the bytes kei last wrote there (the folder's
 * {@link WrittenFiles} ledger, {@code .kei/written.json}), nothing is written through a symbolic link below
 * {@code dir}, and every file is checked before the first one is written.
 */
public final class SkillInstaller {
    private final Path dir;

    /** An installer into {@code dir} (which may itself be a symbolic link: the user chose it). */
    public SkillInstaller(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /**
     * Writes each skill's folder and returns the paths written, relative to {@code dir}, in order; every file of
     * every skill is checked first, so a refusal leaves everything as it was.
     */
    public List<String> install(List<SkillFolder> skills) throws IOException, InstallRefusedException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InstallRefusedException(
                    "NOT_A_FOLDER",
                    dir + " is not a folder; kei installs each skill as a folder inside it.",
                    "Name a folder with --to (the default is .claude/skills).");
        }
        for (SkillFolder skill : skills) {
            check(skill);
        }
        List<String> written = new ArrayList<>();
        for (SkillFolder skill : skills) {
            Path folder = dir.resolve(skill.name());
            WrittenFiles ledger = WrittenFiles.of(folder);
            for (Map.Entry<String, byte[]> file : skill.files().entrySet()) {
                AtomicFiles.write(folder.resolve(file.getKey()), file.getValue(), null);
                ledger.record(file.getKey(), sha256(file.getValue()));
                written.add(skill.name() + "/" + file.getKey());
            }
            ledger.save();
        }
        return written;
    }

    private void check(SkillFolder skill) throws IOException, InstallRefusedException {
        Path folder = dir.resolve(skill.name());
        refuseLink(folder.resolve(WrittenFiles.FILE));
        WrittenFiles ledger = WrittenFiles.of(folder);
        for (Map.Entry<String, byte[]> file : skill.files().entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            refuseLink(target);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new InstallRefusedException(
                        "FILE_EXISTS",
                        shown(target) + " is a folder where kei would write a file. Nothing was installed.",
                        "Move it away, or install into another folder with --to DIR.");
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                String onDisk = sha256(Files.readAllBytes(target));
                if (!onDisk.equals(sha256(file.getValue())) && !ledger.wrote(file.getKey(), onDisk)) {
                    throw new InstallRefusedException(
                            "FILE_EXISTS",
                            shown(target) + " already exists and kei did not write it (or it was edited since); kei"
                                    + " never replaces a file it did not write. Nothing was installed.",
                            "Move it away, or install into another folder with --to DIR.");
                }
            }
        }
    }

    /** Refuses a path that is, or passes through, a symbolic link below {@code dir}. */
    private void refuseLink(Path target) throws InstallRefusedException {
        for (Path p = target; p != null && !p.equals(dir) && p.startsWith(dir); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new InstallRefusedException(
                        "SYMLINK",
                        shown(p) + " is a symbolic link; kei never writes through one, since it could point outside "
                                + dir + ". Nothing was installed.",
                        "Remove the link, or install into another folder with --to DIR.");
            }
            if (!p.equals(target) && Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
                throw new InstallRefusedException(
                        "FILE_EXISTS",
                        shown(p) + " is a file where kei would make a folder. Nothing was installed.",
                        "Move it away, or install into another folder with --to DIR.");
            }
        }
    }

    private String shown(Path p) {
        return dir.relativize(p) + " in " + dir;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
