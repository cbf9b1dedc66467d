package dev.kei.dbschema;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.schema.Entity;
import dev.kei.schema.Relation;
import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaText;
import dev.kei.schema.SchemaTextException;
import java.util.List;
import java.util.Set;

/** After 2a: the accepted entities become the draft: all proposed, the core ones, or the typed schema text. */
public final class AcceptEntities implements Generator {
    @Override
    public String name() {
        return "accept-entities";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        SchemaDraft draft;
        if (context.isFreeText("ENTITIES")) {
            try {
                draft = SchemaText.parse(context.value("ENTITIES").orElseThrow());
            } catch (SchemaTextException e) {
                throw new GeneratorException("the stored ENTITIES answer no longer parses: " + e.getMessage());
            }
        } else {
            draft = Drafts.proposal(context);
            if (Choice.ENTITIES_CORE_ONLY.chosen(context::value)) {
                draft = core(draft);
            }
        }
        Drafts.store(context, draft);
    }

    static SchemaDraft core(SchemaDraft proposal) {
        List<Entity> kept = proposal.entities()
                .subList(0, Math.min(ProposeEntities.CORE, proposal.entities().size()));
        Set<String> names = Set.copyOf(kept.stream().map(Entity::name).toList());
        List<Relation> relations = proposal.relations().stream()
                .filter(r -> names.contains(r.left()) && names.contains(r.right()))
                .toList();
        return new SchemaDraft(kept, relations);
    }
}
