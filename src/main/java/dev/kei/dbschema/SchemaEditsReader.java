package dev.kei.dbschema;

import dev.kei.ask.FreeTextReader;
import dev.kei.schema.SchemaDraft;
import dev.kei.schema.SchemaTextException;
import dev.kei.sql.DesignException;

/**
 * REVIEW's free text: schema text edits to the current draft ({@code books(subtitle text)}, {@code -books.isbn},
 * ...). Applied and designed on a copy, so an edit that does not apply is rejected while the question is open;
 * the stored value is the edit text itself, which {@code revise-schema} applies.
 */
public final class SchemaEditsReader implements FreeTextReader {
    @Override
    public String name() {
        return "schema-edits";
    }

    @Override
    public String grammar() {
        return "A revision in schema text (contracts section 7): books(subtitle text) adds or replaces a column, a new"
                + " entity adds a table, authors 1-* books adds a relation; -books.isbn, -books and -books *-* authors remove a column, a table"
                + " and a relation";
    }

    @Override
    public String read(String text, Context context) throws InvalidFreeTextException {
        try {
            SchemaDraft revised = Drafts.current(context).revise(text);
            revised.validate();
            Drafts.design(revised, Drafts.stack(context));
            return text.strip();
        } catch (SchemaTextException e) {
            throw new InvalidFreeTextException(e.getMessage(), HINT);
        } catch (DesignException e) {
            throw new InvalidFreeTextException(e.getMessage(), HINT);
        }
    }

    private static final String HINT = "Edits look like: books(subtitle text) adds a column; -books.isbn removes one;"
            + " tags(name text!) adds a table; books *-* tags adds a relation; -books removes a table.";
}
