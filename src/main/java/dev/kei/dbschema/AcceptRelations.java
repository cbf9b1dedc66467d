package dev.kei.dbschema;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.schema.Cardinality;
import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaText;
import dev.kei.schema.SchemaTextException;

/** After 2b: the accepted relations replace the draft's: all, the one-to-many ones, or the typed relation text. */
public final class AcceptRelations implements Generator {
    @Override
    public String name() {
        return "accept-relations";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        SchemaDraft draft = Drafts.current(context);
        if (context.isFreeText("RELATIONS")) {
            try {
                draft = draft.withRelations(
                        SchemaText.parseRelations(context.value("RELATIONS").orElseThrow(), draft.entityNames()));
            } catch (SchemaTextException e) {
                throw new GeneratorException("the stored RELATIONS answer no longer parses: " + e.getMessage());
            }
        } else if (Choice.RELATIONS_ONE_TO_MANY_ONLY.chosen(context::value)) {
            draft = draft.withRelations(draft.relations().stream()
                    .filter(r -> r.cardinality() != Cardinality.MANY_TO_MANY)
                    .toList());
        }
        Drafts.store(context, draft);
    }
}
