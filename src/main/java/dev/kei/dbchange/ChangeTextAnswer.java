package dev.kei.dbchange;

import dev.kei.ask.FreeTextReader;
import dev.kei.change.ChangeException;
import dev.kei.change.ChangeTextException;
import dev.kei.change.ChangeTextReader;
import dev.kei.change.LiveSchema;
import dev.kei.change.Recipes;

/**
 * DETAILS' free text ({@code change-text}): lines of the change grammar (docs/change-text.md), each read and planned
 * on the current schema before the answer is stored, so a table that is not there, a bad type or a change the
 * schema contradicts is refused at the question, with the line and the fix.
 */
final class ChangeTextAnswer implements FreeTextReader {
    @Override
    public String name() {
        return "change-text";
    }

    @Override
    public String read(String text, Context context) throws InvalidFreeTextException {
        LiveSchema schema = ChangeInputs.schema(context);
        try {
            Recipes.plan(ChangeTextReader.read(text, schema), schema);
        } catch (ChangeTextException e) {
            throw new InvalidFreeTextException(
                    e.getMessage(), "Write it as in docs/change-text.md, e.g. add column" + " users.nickname text");
        } catch (ChangeException e) {
            throw new InvalidFreeTextException(e.getMessage(), "Change the line, or pick one of the options.");
        }
        return text.strip();
    }
}
