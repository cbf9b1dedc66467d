package dev.kei.dbschema;

import dev.kei.ask.FreeTextReader;
import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaText;
import dev.kei.schema.SchemaTextException;
import dev.kei.sql.DesignException;

/**
 * ENTITIES' free text: schema text (contracts section 7) that replaces the proposal. It must parse, validate and
 * design into tables with the phase-1 choices, so every mistake is caught while the question is still open; the
 * stored value is the canonical text.
 */
public final class SchemaTextReader implements FreeTextReader {
    @Override
    public String name() {
        return "schema-text";
    }

    @Override
    public String grammar() {
        return "Schema text (contracts section 7): entities as name(field type [!] [unique] [index] [= default], ...),"
                + " relations as a 1-* b, a 1-1 b or a *-* b; e.g. authors(name text!), books(title text!, isbn varchar(13)"
                + " unique); authors 1-* books";
    }

    @Override
    public String read(String text, Context context) throws InvalidFreeTextException {
        try {
            SchemaDraft draft = SchemaText.parse(text);
            draft.validate();
            Drafts.design(draft, Drafts.stack(context));
            return draft.toText();
        } catch (SchemaTextException e) {
            throw new InvalidFreeTextException(e.getMessage(), HINT);
        } catch (DesignException e) {
            throw new InvalidFreeTextException(e.getMessage(), HINT);
        }
    }

    static final String HINT =
            "Schema text looks like: authors(name text!), books(title text!, isbn varchar(13) unique);"
                    + " books *-* authors";
}
