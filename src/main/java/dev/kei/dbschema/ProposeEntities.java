package dev.kei.dbschema;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaText;
import dev.kei.schema.SchemaTextException;
import java.util.List;
import java.util.TreeMap;

/**
 * Before 2a: proposes tables for the intake, from the archetype catalogue and the nouns it names or, when a model
 * drives the run, from the model (see {@link EntityProposals}). The proposal (entities and relations) is kept as
 * schema text; 2a shows its entities, 2b its relations. Back from the review, 2a offers the tables the run has
 * (the user's own, revised), so "Keep all" keeps them.
 */
public final class ProposeEntities implements Generator {
    /** How many of the proposed tables "Core only" keeps: the archetype's first, most central ones. */
    static final int CORE = 4;

    @Override
    public String name() {
        return "propose-entities";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        if (context.data(Drafts.DRAFT).isPresent()) {
            offer(context, Drafts.current(context)); // back from the review: what the user has, not the first proposal
            context.putData("proposal_note", "These are your tables as you left them at the review.\n");
            return;
        }
        ProposedSchema proposed = EntityProposals.propose(context);
        SchemaDraft draft;
        try {
            draft = SchemaText.parse(proposed.schema());
        } catch (SchemaTextException e) {
            throw new GeneratorException("the recorded proposal does not parse: " + e.getMessage());
        }
        context.putData("archetype", proposed.archetype());
        offer(context, draft);
        if (proposed.reasons() != null && !proposed.reasons().isEmpty()) {
            context.putData(Drafts.REASONS, new TreeMap<>(proposed.reasons()));
        }
        if (proposed.note() != null) {
            context.putData("proposal_note", proposed.note() + "\n");
        }
    }

    /** Makes {@code draft} the proposal 2a shows and "Keep all" / "Core only" take from. */
    private static void offer(GeneratorContext context, SchemaDraft draft) {
        List<String> names = draft.entityNames();
        context.putData(Drafts.PROPOSAL, draft.toText());
        context.putData("entities_text", draft.entitiesText());
        context.putData(
                "entities_summary",
                names.size() + (names.size() == 1 ? " table: " : " tables: ") + String.join(", ", names));
        List<String> core = names.subList(0, Math.min(CORE, names.size()));
        context.putData("core_names", String.join(", ", core) + (core.size() == names.size() ? " (all of them)" : ""));
    }
}
