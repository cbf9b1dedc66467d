package dev.kei.skill;

import dev.kei.io.Templates;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Mustache prompts kei sends to a model, kept as files in the {@code prompts/} folder of kei's home (beside
 * {@code skill/}), so what a model is told can be read and changed without touching code.
 */
public final class Prompts {
    public static final String FOLDER = "prompts";

    private Prompts() {}

    /** Renders {@code prompts/<name>} with {@code scope}, without escaping. */
    public static String render(String name, Object scope) {
        Path home = SkillCatalog.fromEnvironment().home();
        Path file = home.resolve(FOLDER).resolve(name).normalize();
        if (!file.startsWith(home.resolve(FOLDER)) || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(
                    "the prompt " + FOLDER + "/" + name + " is missing from kei's home " + home);
        }
        return Templates.file(file, scope);
    }
}
