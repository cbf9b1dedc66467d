package dev.kei.dbschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.engine.Generator.GeneratorException;
import dev.kei.engine.GeneratorContext;
import dev.kei.engine.ModelProposals;
import dev.kei.io.Json;
import dev.kei.schema.Proposal;
import dev.kei.schema.Proposer;
import dev.kei.skill.Prompts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where phase 2a's proposal comes from. A run that a model drives asks the model (the prompt
 * {@code prompts/propose-entities.md.mustache}), checks its reply by the rules of typed schema text and, on any
 * failure, falls back to the catalogue and says so. Either way the result is recorded, so a replay or a resumed run
 * shows the same proposal without a model. A run without a model uses the catalogue and records nothing.
 */
final class EntityProposals {
    /** The name of the recorded value in the state and the transcript. */
    static final String RECORDED = "entities-proposal";

    static final String PROMPT = "propose-entities.md.mustache";

    /** The phase-1 answers the prompt passes on: what the model needs to fit the tables to the stack. */
    private static final List<String> STACK_KEYS =
            List.of("DB", "ORM", "SCALE", "STYLE", "MIGRATION_CONTROL", "COLUMNS", "TENANCY");

    private EntityProposals() {}

    static ProposedSchema propose(GeneratorContext context) throws GeneratorException {
        Optional<ModelProposals> model = context.service(ModelProposals.class);
        if (model.isEmpty() && !context.hasRecorded(RECORDED)) {
            Proposal proposal = new Proposer().propose(context.intake());
            return ProposedSchema.catalogue(proposal, null, proposal.rationale());
        }
        JsonNode node;
        try {
            node = context.recorded(RECORDED, () -> Json.MAPPER.valueToTree(fromModel(context, model.orElseThrow())));
        } catch (Exception e) {
            throw new GeneratorException("the proposal could not be made: " + e.getMessage(), e);
        }
        try {
            ProposedSchema recorded = Json.MAPPER.treeToValue(node, ProposedSchema.class);
            if (recorded.schema() == null || recorded.archetype() == null) {
                throw new IllegalArgumentException("it lacks schema or archetype");
            }
            return recorded;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new GeneratorException("the recorded value '" + RECORDED + "' is not a proposal: " + e.getMessage());
        }
    }

    private static ProposedSchema fromModel(GeneratorContext context, ModelProposals model) {
        Stack stack = Drafts.stack(context);
        String name = model.modelName();
        try {
            String prompt = Prompts.render(PROMPT, scope(context));
            String reply = model.propose("the phase 2 proposal", prompt, r -> SchemaReply.problem(r, stack));
            SchemaReply parsed = SchemaReply.parse(reply, stack);
            String note =
                    "Proposed by the model " + name + (parsed.rationale().isEmpty() ? "." : ": " + parsed.rationale());
            context.log()
                    .println("kei: the model " + name + " proposed "
                            + parsed.draft().entities().size() + " tables.");
            return new ProposedSchema(
                    ProposedSchema.MODEL,
                    name,
                    parsed.draft().toText(),
                    "none (proposed by the model " + name + ")",
                    parsed.rationale(),
                    note,
                    Map.of());
        } catch (ModelProposals.Unavailable | SchemaReply.Problem | IllegalArgumentException e) {
            String note = "The model " + name + " could not propose tables (" + e.getMessage()
                    + "); these are the catalogue's instead.";
            context.log().println("kei: " + note);
            return ProposedSchema.catalogue(new Proposer().propose(context.intake()), name, note);
        }
    }

    private static Map<String, Object> scope(GeneratorContext context) {
        List<Map<String, String>> answers = new ArrayList<>();
        for (String key : STACK_KEYS) {
            context.value(key).ifPresent(v -> answers.add(Map.of("key", key, "value", v)));
        }
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("intake", context.intake());
        scope.put("answers", answers);
        scope.put("max_entities", SchemaReply.MAX_ENTITIES);
        return scope;
    }
}
