package dev.kei.skill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;

/**
 * A hub's Agent Skills front matter: the YAML between an opening {@code ---} line and the next line that starts with
 * {@code ---}, of which kei reads the two keys Agent Skills define. Step mode's fast path finds the name with a
 * plain loop instead ({@link SkillCatalog}); {@code FrontMatterAgreementTest} holds the two to the same answer.
 *
 * @param name lower-case-with-hyphens
 * @param description what the skill does and when to use it
 */
public record FrontMatter(String name, String description) {
    static final String NAME_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The front matter of {@code text}, the hub file {@code hub}; throws {@link SkillFormatException}. */
    public static FrontMatter read(Path hub, String text) {
        if (!text.startsWith("---\n")) {
            throw new SkillFormatException(hub, 1, "the hub starts with front matter: ---, name:, description:");
        }
        int end = text.indexOf("\n---", 4);
        if (end < 0) {
            throw new SkillFormatException(hub, 1, "the front matter is never closed with ---");
        }
        JsonNode keys = yaml(hub, text.substring(4, end + 1));
        String name = scalar(keys.get("name"));
        String description = scalar(keys.get("description"));
        if (name == null || !name.matches(NAME_PATTERN) || description == null) {
            throw new SkillFormatException(hub, 1, "front matter needs name (lower-case-with-hyphens) and description");
        }
        return new FrontMatter(name, description);
    }

    private static JsonNode yaml(Path hub, String block) {
        try {
            JsonNode keys = YAML.readTree(block);
            return keys == null || !keys.isObject() ? YAML.createObjectNode() : keys;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            throw new SkillFormatException(
                    hub,
                    line,
                    "the front matter is not valid YAML: "
                            + e.getOriginalMessage()
                                    .lines()
                                    .findFirst()
                                    .orElse("")
                                    .strip());
        }
    }

    /** A key's text; an empty value is empty text, as an Agent Skills reader takes it. */
    private static String scalar(JsonNode node) {
        if (node == null || node.isContainerNode()) {
            return null;
        }
        return node.isNull() ? "" : node.asText();
    }
}
