package dev.kei.dbchange;

import dev.kei.ask.FreeTextReader;
import dev.kei.change.LiveSchema;
import dev.kei.spelling.DidYouMean;
import java.util.List;

/** TABLE's free text ({@code table-name}): one table of the current schema, by its name. */
final class TableNameAnswer implements FreeTextReader {
    @Override
    public String name() {
        return "table-name";
    }

    @Override
    public String read(String text, Context context) throws InvalidFreeTextException {
        LiveSchema schema = ChangeInputs.schema(context);
        String name = text.strip();
        List<String> tables = List.copyOf(schema.tables().keySet());
        if (!tables.contains(name)) {
            String shown = name.length() > 64 ? name.substring(0, 64) + "..." : name;
            throw new InvalidFreeTextException(
                    "'" + shown + "' is not a table of the current schema." + DidYouMean.hint(name, tables),
                    "Name one of: " + String.join(", ", tables.subList(0, Math.min(tables.size(), 12))) + ".");
        }
        return name;
    }
}
