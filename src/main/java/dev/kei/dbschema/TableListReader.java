package dev.kei.dbschema;

import dev.kei.ask.FreeTextReader;
import dev.kei.spelling.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** IRREVERSIBLE's free text: table names separated by commas, each a table of the designed schema. */
public final class TableListReader implements FreeTextReader {
    @Override
    public String name() {
        return "table-list";
    }

    @Override
    public String grammar() {
        return "Table names separated by commas, e.g. users, orders";
    }

    @Override
    public String read(String text, Context context) throws InvalidFreeTextException {
        List<String> tables = new ArrayList<>();
        context.data(RenderSchema.TABLES).ifPresent(node -> node.forEach(t -> tables.add(t.asText())));
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : text.split("[,;\\s]+")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!tables.contains(name)) {
                String shown = name.length() > 64 ? name.substring(0, 64) + "..." : name;
                throw new InvalidFreeTextException(
                        "'" + shown + "' is not a table of the schema." + DidYouMean.hint(name, tables),
                        "Name tables of db/schema.sql, separated by commas: "
                                + String.join(", ", tables.subList(0, Math.min(tables.size(), 8))) + ".");
            }
            chosen.add(name);
        }
        if (chosen.isEmpty()) {
            throw new InvalidFreeTextException(
                    "No table is named.", "Name tables separated by commas, or choose None.");
        }
        return String.join(", ", chosen);
    }
}
