package dev.kei.dbschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.schema.Cardinality;
import dev.kei.schema.Relation;
import dev.kei.schema.SchemaDraft;

/**
 * Before 2b: shows the draft's relations, each with why it is proposed (the intake's words that stated it, or the
 * usual reference it follows), and a summary of what each kind adds.
 */
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
                        : withReasons(draft, context));
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

    /** One relation a line, followed by its reason where the proposal gave one: {@code authors 1-* posts  <- "..."}. */
    private static String withReasons(SchemaDraft draft, GeneratorContext context) {
        JsonNode reasons = context.data(Drafts.REASONS).orElse(null);
        StringBuilder text = new StringBuilder();
        for (Relation r : draft.relations()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(r.toText());
            JsonNode why = reasons == null ? null : reasons.get(r.toText());
            if (why != null && why.isTextual()) {
                text.append("   <- ").append(why.asText());
            }
        }
        return text.toString();
    }
}
