package dev.kei.dbschema;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.schema.SchemaTextException;

/** After a REVIEW answered with edits: applies them to the draft; 3a then renders and asks again. */
public final class ReviseSchema implements Generator {
    @Override
    public String name() {
        return "revise-schema";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        try {
            Drafts.store(
                    context,
                    Drafts.current(context).revise(context.value("REVIEW").orElseThrow()));
        } catch (SchemaTextException e) {
            throw new GeneratorException("the stored REVIEW edits no longer apply: " + e.getMessage());
        }
    }
}
