package dev.kei.cli;

import dev.kei.install.InstallRefusedException;
import dev.kei.install.SkillFolder;
import dev.kei.install.SkillFolderBuilder;
import dev.kei.install.SkillInstaller;
import dev.kei.skill.SkillCatalog;
import dev.kei.skill.SkillFormatException;
import dev.kei.spelling.DidYouMean;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kei-skill install}: writes skills as standalone Agent Skills folders (contracts sections 1 and 13). */
@Command(
        name = "install",
        description =
                "Write each skill as a standalone Agent Skills folder DIR/<name>/ (SKILL.md, phases, references).")
final class InstallCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SKILL", description = "Skills to install (default: every skill of kei's home).")
    List<String> skills = new ArrayList<>();

    @Option(
            names = "--to",
            paramLabel = "DIR",
            description = "The folder that gets one folder per skill (default: .claude/skills).")
    String to = ".claude/skills";

    @Mixin
    HelpOption help;

    private final Console console;

    InstallCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        SkillCatalog catalog = SkillCatalog.fromEnvironment();
        try {
            SkillFolderBuilder builder = new SkillFolderBuilder(catalog.home().resolve("bin/kei-skill"));
            List<SkillFolder> folders = new ArrayList<>();
            for (String name : new java.util.LinkedHashSet<>(skills.isEmpty() ? catalog.names() : skills)) {
                Path hub = catalog.hub(name)
                        .orElseThrow(() -> new CliFailure(
                                ExitCode.USAGE,
                                "UNKNOWN_SKILL",
                                "No skill named '" + name + "' in " + catalog.home() + "."
                                        + DidYouMean.hint(name, catalog.names()),
                                "Known skills: " + String.join(", ", catalog.names()) + "."));
                folders.add(builder.build(hub));
            }
            for (String written : new SkillInstaller(Path.of(to)).install(folders)) {
                console.out().println(Path.of(to).resolve(written));
            }
            return 0;
        } catch (CliFailure e) {
            return report(e.getMessage(), e.hint(), e.exitCode());
        } catch (InstallRefusedException e) {
            return report(e.getMessage(), e.hint(), ExitCode.USAGE);
        } catch (SkillFormatException e) {
            return report("The skill cannot be installed: " + e.getMessage(), "Fix the skill file.", ExitCode.FAILED);
        } catch (IOException | java.io.UncheckedIOException e) {
            return report(
                    "Writing the skill folder failed: " + e.getMessage(),
                    "Check the paths and permissions, then run the command again.",
                    ExitCode.FAILED);
        }
    }

    private int report(String message, String hint, int exitCode) {
        console.err().println(message);
        console.err().println(hint);
        return exitCode;
    }
}
