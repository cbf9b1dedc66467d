package dev.kei.dbschema;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.schema.Cardinality;
import dev.kei.schema.Relation;
import dev.kei.schema.SchemaDraft;

/** Before 2b: shows the draft's relations, with a summary of what each kind adds. */
public final class ProposeRelations implements Generator {
    @Override
    public String name() {
        return "propose-relations";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        SchemaDraft draft = Drafts.current(context);
        context.putData(
                "relations_text",
                draft.relations().isEmpty()
                        ? "(none yet: type relation text such as `authors 1-* books`)"
                        : draft.relationsText());
        int oneToMany = 0;
        int oneToOne = 0;
        int manyToMany = 0;
        for (Relation r : draft.relations()) {
            switch (r.cardinality()) {
                case ONE_TO_MANY -> oneToMany++;
                case ONE_TO_ONE -> oneToOne++;
                case MANY_TO_MANY -> manyToMany++;
            }
        }
        context.putData(
                "relations_summary",
                oneToMany + " one-to-many, " + oneToOne + " one-to-one, " + manyToMany + " many-to-many (" + manyToMany
                        + " junction table" + (manyToMany == 1 ? "" : "s") + ")");
        context.putData(
                "has_many_to_many",
                draft.relations().stream().anyMatch(r -> r.cardinality() == Cardinality.MANY_TO_MANY));
    }
}
