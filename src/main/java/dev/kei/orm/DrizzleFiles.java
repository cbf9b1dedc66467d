package dev.kei.orm;

import dev.kei.db.Database;
import java.util.LinkedHashMap;

/**
 * Drizzle's files (contracts section 13): {@code src/db/schema.ts}, the tables as Drizzle declares them, and
 * {@code drizzle.config.ts}, which points drizzle-kit at it and at {@code DATABASE_URL}.
 */
public final class DrizzleFiles implements OrmFiles {
    static final String SCHEMA = "src/db/schema.ts";
    static final String CONFIG = "drizzle.config.ts";

    @Override
    public String orm() {
        return "Drizzle";
    }

    /** Drizzle has a core for each of kei's databases. */
    @Override
    public boolean supports(Database database) {
        return true;
    }

    @Override
    public LinkedHashMap<String, String> render(OrmInput input) {
        LinkedHashMap<String, String> files = new LinkedHashMap<>();
        files.put(SCHEMA, new DrizzleSchemaRenderer(input.database()).render(input.schema()));
        files.put(
                CONFIG,
                config(
                        DrizzleDialect.of(OrmDatabase.of(input.database())),
                        input.database().isOneFile()));
        return files;
    }

    private static String config(DrizzleDialect drizzle, boolean oneFile) {
        // kei's URL of a one-file database is sqlite:PATH (or jdbc:sqlite:PATH); drizzle-kit wants the path
        String url =
                oneFile ? "process.env.DATABASE_URL!.replace(/^(jdbc:)?sqlite:/, '')" : "process.env.DATABASE_URL!";
        return "// drizzle-kit's settings: the schema kei wrote from db/schema.sql's model, and the database in\n"
                + "// DATABASE_URL (kei leaves secrets/db.env for it; load it first: set -a; . secrets/db.env; set +a).\n"
                + "import { defineConfig } from 'drizzle-kit';\n"
                + "\n"
                + "export default defineConfig({\n"
                + "  dialect: " + JsText.quoted(drizzle.configDialect()) + ",\n"
                + "  schema: './" + SCHEMA + "',\n"
                + "  out: './drizzle',\n"
                + "  dbCredentials: {\n"
                + "    url: " + url + ",\n"
                + "  },\n"
                + "});\n";
    }

    @Override
    public String modelFile() {
        return SCHEMA;
    }
}
