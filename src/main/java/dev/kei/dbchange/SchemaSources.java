package dev.kei.dbchange;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code schema-sources}: which of contracts section 10's sources are there, so 1a recommends the first that is
 * (the live database when DATABASE_URL is set, else the migrations, else db/schema.sql). Only the variable's
 * presence is read, never its value.
 */
final class SchemaSources implements Generator {
    static final String DATA = "sources";
    static final String LIVE = "Live database";
    static final String MIGRATIONS = "Migrations replayed";
    static final String SCHEMA_FILE = "db/schema.sql";

    @Override
    public String name() {
        return "schema-sources";
    }

    @Override
    public void run(GeneratorContext context) throws IOException, GeneratorException {
        boolean live = context.env("DATABASE_URL").isPresent();
        boolean migrations = ReadSchema.hasMigrations(context.out().resolve("migrations"));
        boolean edited = ReadSchema.targetIsSchemaFile(context);
        boolean schemaFile = context.exists("db/schema.sql") && !edited;
        if (edited) {
            if (!live && !migrations) {
                throw new InvalidInputException("The target is db/schema.sql itself, so it cannot be the current"
                        + " schema too, and there is no other: DATABASE_URL is not set and migrations/ holds no"
                        + " migration. Set DATABASE_URL to the database, or give the edited schema as another file"
                        + " (cp db/schema.sql target.sql, then git checkout db/schema.sql).");
            }
            context.log()
                    .println("db/schema.sql is the target (--to): the current schema is read from "
                            + (live ? "the live database" : "the migrations replayed") + ", not from it.");
        }
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(option(
                LIVE,
                "The catalogue of the database DATABASE_URL names, with real table sizes"
                        + (live ? "" : " (DATABASE_URL is not set)"),
                live));
        options.add(option(
                MIGRATIONS,
                "migrations/ applied to a throwaway PostgreSQL (every table empty)"
                        + (migrations ? "" : " (no migrations/ here)"),
                migrations));
        options.add(option(
                SCHEMA_FILE,
                "db/schema.sql applied to a throwaway PostgreSQL (every table empty)"
                        + (edited
                                ? " (not usable: it is the target --to names)"
                                : schemaFile ? "" : " (no db/schema.sql here)"),
                schemaFile));
        // contracts section 3: only the first option may be recommended, so the first source that is there leads
        int first = 0;
        while (first < options.size() && !(Boolean) options.get(first).get("recommended")) {
            first++;
        }
        List<Map<String, Object>> ordered = new ArrayList<>();
        if (first < options.size()) {
            ordered.add(options.get(first));
        }
        for (int i = 0; i < options.size(); i++) {
            if (i != first) {
                options.get(i).put("recommended", false);
                ordered.add(options.get(i));
            }
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).put("first", i == 0);
        }
        context.putData(DATA, ordered);
    }

    private static Map<String, Object> option(String label, String description, boolean there) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("description", description);
        m.put("recommended", there);
        return m;
    }
}
