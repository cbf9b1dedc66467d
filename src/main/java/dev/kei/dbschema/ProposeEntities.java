package dev.kei.dbschema;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.schema.Proposal;
import dev.kei.schema.Proposer;
import dev.kei.schema.SchemaDraft;
import java.util.List;

/**
 * Before 2a: proposes tables for the intake from the archetype catalogue and the nouns it names, without a model.
 * The proposal (entities and relations) is kept as schema text; 2a shows its entities, 2b its relations.
 */
public final class ProposeEntities implements Generator {
    /** How many of the proposed tables "Core only" keeps: the archetype's first, most central ones. */
    static final int CORE = 4;

    @Override
    public String name() {
        return "propose-entities";
    }

    @Override
    public void run(GeneratorContext context) {
        Proposal proposal = new Proposer().propose(context.intake());
        SchemaDraft draft = proposal.draft();
        List<String> names = draft.entityNames();
        context.putData(Drafts.PROPOSAL, draft.toText());
        context.putData("archetype", proposal.archetype().orElse("none"));
        context.putData("entities_text", draft.entitiesText());
        context.putData("entities_count", names.size());
        context.putData("entities_names", String.join(", ", names));
        List<String> core = names.subList(0, Math.min(CORE, names.size()));
        context.putData("core_names", String.join(", ", core) + (core.size() == names.size() ? " (all of them)" : ""));
    }
}
