package dev.kei.engine;

import dev.kei.skill.MarkdownSkillLoader;
import dev.kei.skill.Skill;
import dev.kei.skill.SkillCatalog;
import dev.kei.skill.SkillFormatException;
import dev.kei.spelling.DidYouMean;
import java.nio.file.Path;

/** Finds a skill by name or hub path in the environment's catalog and loads its files. */
final class SkillLookup {
    private SkillLookup() {}

    static Skill load(String name) throws RunException {
        SkillCatalog catalog = SkillCatalog.fromEnvironment();
        Path hub = catalog.hub(name)
                .orElseThrow(() -> Refusal.usage(
                        "UNKNOWN_SKILL",
                        "No skill named '" + name + "' in " + catalog.home() + "."
                                + DidYouMean.hint(name, catalog.names()),
                        "Known skills: " + String.join(", ", catalog.names()) + "."));
        try {
            return MarkdownSkillLoader.load(hub);
        } catch (SkillFormatException e) {
            // the skill's files are at fault, not the call: exit code 1, as a generator failure
            throw Refusal.failure(
                    "INVALID_SKILL",
                    "The skill cannot be loaded: " + e.getMessage(),
                    "Fix the skill file; `mvn test` checks every phase.");
        }
    }
}
