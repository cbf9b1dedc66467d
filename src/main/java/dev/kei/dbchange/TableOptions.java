package dev.kei.dbchange;

import dev.kei.change.LiveSchema;
import dev.kei.change.LiveTable;
import dev.kei.change.Safety;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code table-options}: 2c's options, the four biggest tables of the current schema (the ones a change is most
 * likely to need care on), each with its size and band; any other table is named through "Other".
 */
final class TableOptions implements Generator {
    @Override
    public String name() {
        return "table-options";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException {
        LiveSchema schema = ChangeInputs.schema(context);
        List<LiveTable> tables = schema.tables().values().stream()
                .sorted(Comparator.comparingLong(LiveTable::rows).reversed().thenComparing(LiveTable::name))
                .limit(4)
                .toList();
        if (tables.isEmpty()) {
            throw new GeneratorException("The current schema has no table to change: add one (Add, then Table).");
        }
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            LiveTable t = tables.get(i);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("label", t.name());
            o.put("description", Safety.size(t) + ", " + t.columns().size() + " columns");
            o.put("first", i == 0);
            options.add(o);
        }
        if (options.size() == 1) {
            // AskUserQuestion wants two options at least: the one table, and a reminder of "Other"
            options.add(new LinkedHashMap<>(
                    Map.of("label", "Another table", "description", "Name it with Other", "first", false)));
        }
        context.putData("table_options", options);
    }
}
