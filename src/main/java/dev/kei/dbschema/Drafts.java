package dev.kei.dbschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.FreeTextReader;
import dev.kei.engine.GeneratorContext;
import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaText;
import dev.kei.schema.SchemaTextException;
import dev.kei.sql.DesignException;
import dev.kei.sql.Schema;
import dev.kei.sql.SchemaDesigner;
import java.util.List;
import java.util.Optional;

/**
 * Where the run keeps the schema being designed: the canonical schema text under the data key {@code draft}
 * (text, not a serialised model, so the state file reads like what the person typed), and the one way to turn
 * it, with the phase-1 answers, into tables.
 */
final class Drafts {
    static final String DRAFT = "draft";
    static final String PROPOSAL = "proposal";
    /** Why each proposed relation is proposed, keyed by its schema text (ProposeRelations shows them). */
    static final String REASONS = "relation-reasons";

    private Drafts() {}

    static SchemaDraft current(GeneratorContext context) throws dev.kei.engine.Generator.GeneratorException {
        return parse(context.data(DRAFT), "the accepted draft");
    }

    static SchemaDraft proposal(GeneratorContext context) throws dev.kei.engine.Generator.GeneratorException {
        return parse(context.data(PROPOSAL), "the proposal");
    }

    static SchemaDraft current(FreeTextReader.Context context) throws FreeTextReader.InvalidFreeTextException {
        Optional<JsonNode> text = context.data(DRAFT);
        try {
            return SchemaText.parse(text.map(JsonNode::asText).orElse(""));
        } catch (SchemaTextException e) {
            throw new FreeTextReader.InvalidFreeTextException(
                    "the stored draft no longer parses: " + e.getMessage(), "Start the run over.");
        }
    }

    static void store(GeneratorContext context, SchemaDraft draft) {
        context.putData(DRAFT, draft.toText());
    }

    /** The tables of the accepted draft, designed with the run's stack: what every artifact is rendered from. */
    static Schema schema(GeneratorContext context, Stack stack) throws dev.kei.engine.Generator.GeneratorException {
        try {
            return design(current(context), stack);
        } catch (DesignException e) {
            throw new dev.kei.engine.Generator.GeneratorException(e.getMessage());
        }
    }

    /** Designs the tables of {@code draft} with the stack's choices. */
    static Schema design(SchemaDraft draft, Stack stack) throws DesignException {
        return new SchemaDesigner(stack.design()).design(draft);
    }

    static Stack stack(GeneratorContext context) {
        return Stack.of(context::value);
    }

    static Stack stack(FreeTextReader.Context context) {
        return Stack.of(key -> {
            List<String> v = context.values(key);
            return v.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", v));
        });
    }

    private static SchemaDraft parse(Optional<JsonNode> text, String what)
            throws dev.kei.engine.Generator.GeneratorException {
        try {
            return SchemaText.parse(text.map(JsonNode::asText).orElse(""));
        } catch (SchemaTextException e) {
            throw new dev.kei.engine.Generator.GeneratorException(what + " no longer parses: " + e.getMessage());
        }
    }
}
