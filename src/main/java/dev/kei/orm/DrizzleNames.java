package dev.kei.orm;

import dev.kei.schema.Inflection;
import dev.kei.sql.Column;
import dev.kei.sql.Schema;
import dev.kei.sql.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TypeScript names of a schema.ts, all distinct and none a word the module cannot declare: each table's
 * constant ({@code workingHours}, {@code enumTable} for a table {@code enum}), each column's property (camelCase,
 * distinct within its table) and each table's row types ({@code WorkingHour}, {@code NewWorkingHour}).
 */
final class DrizzleNames {
    private final Map<String, String> constants = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> properties = new HashMap<>();
    private final Map<String, List<String>> rowTypes = new HashMap<>();

    /** The names for {@code schema} in a module that already declares or imports {@code declared}. */
    DrizzleNames(Schema schema, Set<String> declared) {
        Set<String> values = TypeScriptNames.taken(declared);
        for (Table t : schema.tables()) {
            String wanted = OrmNames.camel(t.name());
            String name = OrmNames.free(values.contains(wanted) ? wanted + "Table" : wanted, values);
            values.add(name);
            constants.put(t.name(), name);
            Map<String, String> byColumn = new LinkedHashMap<>();
            Set<String> used = new HashSet<>();
            for (Column c : t.columns()) {
                String key = OrmNames.free(OrmNames.camel(c.name()), used);
                used.add(key);
                byColumn.put(c.name(), key);
            }
            properties.put(t.name(), byColumn);
        }
        Set<String> types = new HashSet<>(values);
        for (Table t : schema.tables()) {
            // seed 002's style: the row type is named for one row (products gives Product and NewProduct)
            String type = OrmNames.pascal(Inflection.singular(t.name()));
            if (TypeScriptNames.GLOBAL_TYPES.contains(type) || types.contains(type)) {
                type = type + "Row";
            }
            type = OrmNames.free(type, types);
            types.add(type);
            String insert = OrmNames.free("New" + type, types);
            types.add(insert);
            rowTypes.put(t.name(), List.of(type, insert));
        }
    }

    String constant(String table) {
        return constants.get(table);
    }

    String property(String table, String column) {
        return properties.get(table).get(column);
    }

    /** The type of a row read, {@code $inferSelect}. */
    String selectType(String table) {
        return rowTypes.get(table).get(0);
    }

    /** The type of a row written, {@code $inferInsert}. */
    String insertType(String table) {
        return rowTypes.get(table).get(1);
    }
}
