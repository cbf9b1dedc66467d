package dev.kei.dbschema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether {@code secrets/db.env} is ignored by git in the output folder. Inside a git work tree git itself answers
 * ({@code git check-ignore}, which knows every .gitignore, negations and the global excludes); elsewhere the
 * folder's own .gitignore is read with git's rules for the lines that can name the file: the last matching line
 * wins, a {@code !} line re-includes, and a file stays ignored while its folder is (git cannot re-include it).
 */
final class SecretsIgnored {
    private static final List<String> FOLDER = List.of("secrets", "/secrets", "secrets/", "/secrets/");
    private static final List<String> FILE = List.of(
            "secrets/*",
            "/secrets/*",
            "secrets/**",
            "/secrets/**",
            "secrets/db.env",
            "/secrets/db.env",
            "db.env",
            "/db.env",
            "**/db.env",
            "*.env",
            "**/*.env",
            "secrets/*.env",
            "/secrets/*.env");

    private SecretsIgnored() {}

    /** {@code gitignore} is the folder's .gitignore text (empty when there is none). */
    static boolean in(Path out, String gitignore) {
        Boolean git = askGit(out);
        return git != null ? git : byRules(gitignore);
    }

    /** git's own answer, or null outside a work tree (git exits 128 there) or without git. */
    private static Boolean askGit(Path out) {
        try {
            int ignored = run(out, "check-ignore", "-q", "--no-index", WriteReport.SECRETS);
            return ignored == 0 ? Boolean.TRUE : ignored == 1 ? Boolean.FALSE : null;
        } catch (IOException e) {
            return null; // no git on this machine: read the file
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int run(Path out, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = out.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return 128;
        }
        return p.exitValue();
    }

    /** git's rules for the lines that can name secrets/db.env, read top to bottom. */
    static boolean byRules(String gitignore) {
        boolean folder = false;
        boolean file = false;
        for (String raw : gitignore.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            String pattern = negated ? line.substring(1) : line;
            if (FOLDER.contains(pattern)) {
                folder = !negated;
            } else if (FILE.contains(pattern)) {
                file = !negated;
            }
        }
        return folder || file;
    }
}
