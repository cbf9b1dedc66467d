package dev.kei.schema.intake;

import dev.kei.schema.SchemaDraft;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A schema designed from what an intake says, with the reason for each relation (keyed by its schema text, e.g.
 * {@code authors 1-* posts}): the intake's words that stated it, or the usual reference it follows.
 *
 * @param named the tables for things the intake names (or rows its verbs make), not those kei added
 * @param stated how many relations the intake's sentences stated
 * @param usual how many came from what each kind of thing usually references
 * @param descriptor the word that names the application, when the intake has one
 */
public record IntakeDesign(
        SchemaDraft draft,
        Map<String, String> reasons,
        List<String> named,
        int stated,
        int usual,
        Optional<String> descriptor) {
    public IntakeDesign {
        reasons = Map.copyOf(reasons);
        named = List.copyOf(named);
    }
}
