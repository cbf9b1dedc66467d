package dev.kei.dbschema;

import dev.kei.ask.FreeTextReader;
import dev.kei.schema.Relation;
import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaText;
import dev.kei.schema.SchemaTextException;
import dev.kei.sql.DesignException;
import java.util.List;

/**
 * RELATIONS' free text: relation lines ({@code a 1-* b; a 1-1 b; a *-* b}) over the accepted entities, replacing
 * the proposed relations. Checked against the entities and designed, so a mistake is caught at the question.
 */
public final class RelationTextReader implements FreeTextReader {
    @Override
    public String name() {
        return "relation-text";
    }

    @Override
    public String grammar() {
        return "Relation text (contracts section 7): a 1-* b, a 1-1 b or a *-* b, separated by ; or lines; e.g."
                + " authors 1-* books; books *-* tags";
    }

    @Override
    public String read(String text, Context context) throws InvalidFreeTextException {
        SchemaDraft current = Drafts.current(context);
        try {
            List<Relation> relations = SchemaText.parseRelations(text, current.entityNames());
            SchemaDraft draft = current.withRelations(relations);
            draft.validate();
            Drafts.design(draft, Drafts.stack(context));
            return draft.relationsText();
        } catch (SchemaTextException e) {
            throw new InvalidFreeTextException(e.getMessage(), HINT + String.join(", ", current.entityNames()) + ".");
        } catch (DesignException e) {
            throw new InvalidFreeTextException(e.getMessage(), HINT + String.join(", ", current.entityNames()) + ".");
        }
    }

    private static final String HINT =
            "Relations look like: authors 1-* books; users 1-1 profiles; books *-* tags." + " The entities are: ";
}
